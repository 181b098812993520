// MathJax stand-in: the benchmark is offline, and exec-cell renders no MathJax.
window.MathJax = { Hub: { Config() {}, Queue() {}, Register: { StartupHook() {} } } };
