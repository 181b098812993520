// SPDX-License-Identifier: BSD-3-Clause
/**
 * `upgradeShortcodes(root)`: the page loader's version of {@link rewrite}, on a live DOM.
 *
 * It reads the shortcodes in the text nodes under `root` (a block may span elements, as in
 * `<p>[sage]</p><p>x = 1</p><p>[/sage]</p>`) with the same grammar, pairing and code recovery
 * as the string rewriter, and replaces each block with the same nodes `rewrite()` writes: a DOM
 * Range is deleted (which closes and reopens the elements the block crosses, exactly what
 * `place()` does in the string), the new nodes go where it collapsed, and the wrappers the
 * block leaves empty are removed. Nothing else is touched or re-parsed, so listeners and state
 * elsewhere survive. Skipped: `script`, `style`, `textarea` and the other raw-text elements,
 * `template`, editable regions, existing `<exec-cell>`s and error boxes. Safe to call again on
 * the same nodes: what it writes contains no shortcode it would read.
 *
 * Where it cannot equal the string rewriter: the DOM has already decoded references, so
 * `&#91;sage]` is a tag here but not in the source; numeric references PHP refuses (`&#0;`,
 * `&#128;`...) reach it as the browser decoded them; and an error box shows a refused element
 * as the browser serialises it.
 *
 * @packageDocumentation
 */
import { asciiLower } from './escape.js';
import { parseOptions, validate } from './grammar.js';
import { RAW_TEXT, SKIP_NAMES, VOID } from './html.js';
import * as msg from './messages.js';
import { MOODLE_CLASS, STYLE_CSS } from './render.js';
import { MAX_TAGS, type RewriteOptions } from './rewrite.js';
import { type Item, pairTags, readTextTag, type TagToken, TEXT_CANDIDATE } from './tags.js';
import { DISALLOWED, type Piece, recoverCode } from './wysiwyg.js';

interface NodeTag {
  tag: TagToken;
  node: Text;
}

const QUICK = /\[\/?(?:python|sage|mybinder|jupyter|jobe)/i;
const ASCII_WS_ONLY = /^[\t\n\f\r ]*$/;

export function upgradeShortcodes(root: ParentNode, options: RewriteOptions = {}): void {
  const node = root as unknown as Node;
  if (inSkippedRegion(node)) return;
  const text = node.nodeType === 9 ? (node as Document).documentElement?.textContent : node.textContent;
  if (!text || !QUICK.test(text)) return;
  const tags = collectTags(node);
  if (tags.length === 0) return;
  const doc = (node.nodeType === 9 ? node : node.ownerDocument) as Document;
  const items = pairTags(tags.map((t) => t.tag));
  const first = items.findIndex((i) => i.kind !== 'escape');
  let style = false;
  if (first >= 0 && options.protect !== true) {
    const want = options.style ?? true;
    style = !doc.querySelector('style[data-exec-cell]') && (typeof want === 'function' ? want() : want);
  }
  // Last to first: a change never moves the boundary points of an item before it.
  for (let i = items.length - 1; i >= 0; i--) {
    try {
      new Replacement(doc, node, tags, options, i === first && style).apply(items[i] as Item);
    } catch (e) {
      // One block the page's DOM surprised us with must not stop the others; say so.
      console.warn('exec-cell: could not upgrade a shortcode block', e);
    }
  }
}

/** Whether `node` is inside something the upgrader leaves alone. */
function inSkippedRegion(node: Node): boolean {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
  }
  return false;
}

function isSkipped(el: Element): boolean {
  const name = el.localName;
  if (RAW_TEXT.includes(name) || SKIP_NAMES.includes(name)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && asciiLower(editable) !== 'false';
}

function collectTags(root: Node): NodeTag[] {
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (n) => (n.nodeType === 1 ? (isSkipped(n as Element) ? 2 : 3) : 1),
  });
  const found: NodeTag[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    TEXT_CANDIDATE.lastIndex = 0;
    for (let m = TEXT_CANDIDATE.exec(data); m; m = TEXT_CANDIDATE.exec(data)) {
      const tag = readTextTag(data, m.index, m[0]);
      if (!tag) continue;
      found.push({ tag, node: n as Text });
      if (found.length === MAX_TAGS) return found;
      TEXT_CANDIDATE.lastIndex = tag.end;
    }
  }
  return found;
}

class Replacement {
  constructor(
    private readonly doc: Document,
    private readonly root: Node,
    private readonly tags: NodeTag[],
    private readonly options: RewriteOptions,
    private readonly style: boolean,
  ) {}

  apply(item: Item): void {
    if (item.kind === 'escape') {
      const { tag, node } = this.tags[item.at] as NodeTag;
      const range = this.range(node, tag.start, node, tag.end);
      range.deleteContents();
      const frag = this.doc.createDocumentFragment();
      frag.append('[', this.doc.createComment(''), tag.text.slice(1));
      range.insertNode(frag);
      return;
    }
    if (item.kind === 'error') {
      this.replace(item.first, item.last, this.error(item.first, item.last, item.message));
      return;
    }
    const open = this.tags[item.open] as NodeTag;
    const close = this.tags[item.close] as NodeTag;
    const escapes = this.tags.slice(item.open + 1, item.close);
    const recovered = recoverCode(this.pieces(open.node, open.tag.end, close.node, close.tag.start, escapes, false));
    const options = parseOptions(open.tag.name, open.tag.body);
    const spec =
      typeof options === 'string'
        ? options
        : validate(open.tag.name, options, {
            allowTrustOutputs: this.options.allowTrustOutputs === true,
            allowAutorun: this.options.allowAutorun !== false,
          });
    if (typeof spec === 'string' || recovered.disallowed !== null) {
      const message = typeof spec === 'string' ? spec : msg.disallowedElement(open.tag.name, recovered.disallowed ?? '');
      this.replace(item.open, item.close, this.error(item.open, item.close, message));
      return;
    }
    const cell = this.doc.createElement('exec-cell');
    for (const [name, value] of spec.attrs) cell.setAttribute(name, value);
    this.mark(cell);
    cell.textContent = recovered.code;
    const nodes: Node[] = [cell];
    for (const text of spec.notes) {
      const note = this.doc.createElement('exec-cell-note');
      note.setAttribute('role', 'note');
      this.mark(note);
      note.textContent = text;
      nodes.push(note);
    }
    this.replace(item.open, item.close, nodes);
  }

  private error(first: number, last: number, message: string): Node[] {
    const a = this.tags[first] as NodeTag;
    const b = this.tags[last] as NodeTag;
    const source = recoverCode(this.pieces(a.node, a.tag.start, b.node, b.tag.end, [], true));
    const box = this.doc.createElement('exec-cell-error');
    box.setAttribute('role', 'alert');
    this.mark(box);
    const strong = this.doc.createElement('strong');
    strong.textContent = message;
    const code = this.doc.createElement('code');
    code.textContent = source.code;
    box.append(strong, code);
    return [box];
  }

  /** Moodle mode's class (render.ts says why). */
  private mark(el: Element): void {
    if (this.options.moodle === true) el.setAttribute('class', MOODLE_CLASS);
  }

  private range(a: Node, ao: number, b: Node, bo: number): Range {
    const range = this.doc.createRange();
    range.setStart(a, ao);
    range.setEnd(b, bo);
    return range;
  }

  /** Replaces the text from tag `first` to tag `last` by `nodes`, as `place()` does. */
  private replace(first: number, last: number, nodes: Node[]): void {
    const a = this.tags[first] as NodeTag;
    const b = this.tags[last] as NodeTag;
    const range = this.range(a.node, a.tag.start, b.node, b.tag.end);
    const common = range.commonAncestorContainer;
    const crossedOut = a.node === b.node ? [] : ancestorsBelow(a.node, common);
    const reopened = a.node === b.node ? [] : ancestorsBelow(b.node, common);
    range.deleteContents();
    let content: Node[] = nodes;
    if (this.style) {
      const style = this.doc.createElement('style');
      style.setAttribute('data-exec-cell', '');
      style.textContent = STYLE_CSS;
      content = [style, ...content];
    }
    let outer: Node[] = content;
    if (this.options.moodle === true) {
      const nolink = this.doc.createElement('nolink');
      nolink.append(...content);
      outer = [nolink];
    }
    const frag = this.doc.createDocumentFragment();
    frag.append(...outer);
    range.insertNode(frag);
    const startSideGone = removeEmpty(crossedOut, false);
    const endSideGone = removeEmpty(reopened, true);
    if (!startSideGone || !endSideGone) return;
    for (;;) {
      const parent = (outer[0] as Node).parentNode;
      // Never the root the caller passed: its caller holds it.
      if (!parent || parent.nodeType !== 1 || parent === this.root) break;
      if (!isUnwrappable(parent as Element, this.options.moodle === true)) break;
      const children = [...parent.childNodes];
      const firstOurs = children.indexOf(outer[0] as ChildNode);
      const lastOurs = children.indexOf(outer[outer.length - 1] as ChildNode);
      if (!children.slice(0, firstOurs).every(isBlankText) || !isBlankEnd(children.slice(lastOurs + 1))) break;
      (parent as Element).replaceWith(...outer);
    }
  }

  /**
   * The pieces between two boundary points, in document order: the same list the string
   * rewriter reads from the source (an element that contains the start point shows as its end
   * tag, one that contains the end point as its start tag).
   */
  private pieces(a: Text, ao: number, b: Text, bo: number, escapes: NodeTag[], author: boolean): Piece[] {
    const pieces: Piece[] = [];
    const text = (node: Text, from: number, to: number): void => {
      let at = from;
      for (const e of escapes) {
        if (e.node !== node || e.tag.start < at || e.tag.end > to) continue;
        pieces.push({ t: 'text', s: node.data.slice(at, e.tag.start) }, { t: 'literal', s: e.tag.text });
        at = e.tag.end;
      }
      pieces.push({ t: 'text', s: node.data.slice(at, to) });
    };
    if (a === b) {
      text(a, ao, bo);
      return pieces;
    }
    text(a, ao, a.data.length);
    let cur: Node = a;
    for (;;) {
      while (!cur.nextSibling) {
        cur = cur.parentNode as Node;
        pieces.push({ t: 'close', name: (cur as Element).localName });
      }
      cur = cur.nextSibling;
      for (;;) {
        if (cur === b) {
          text(b, 0, bo);
          return pieces;
        }
        if (cur.nodeType === 3) {
          text(cur as Text, 0, (cur as Text).data.length);
        } else if (cur.nodeType === 1) {
          const el = cur as Element;
          const name = el.localName;
          const skip = isSkipped(el);
          const refused = skip || DISALLOWED.has(name);
          if (author && refused && !el.contains(b)) {
            // Shown as the browser serialises it (the string rewriter shows the source).
            pieces.push({ t: 'literal', s: el.outerHTML });
          } else {
            pieces.push(author && refused ? { t: 'literal', s: `<${name}>` } : { t: 'open', name, skip });
            if (el.firstChild) {
              cur = el.firstChild;
              continue;
            }
            if (!VOID.has(name)) pieces.push({ t: 'close', name });
          }
        }
        break;
      }
    }
  }
}

/** The elements from `node`'s parent up to (not including) `top`, innermost first. */
function ancestorsBelow(node: Node, top: Node): Element[] {
  const out: Element[] = [];
  for (let n = node.parentNode; n && n !== top; n = n.parentNode) out.push(n as Element);
  return out;
}

/**
 * Removes the elements, innermost first, while each is left empty (blank text, and on the end
 * side one `<br>` as editors leave before `</p>`); true if all went.
 */
function removeEmpty(elements: Element[], endSide: boolean): boolean {
  for (const el of elements) {
    const children = [...el.childNodes];
    if (!(endSide ? isBlankEnd(children) : children.every(isBlankText))) return false;
    el.remove();
  }
  return true;
}

/** Blank text with at most one `<br>` among it (what `endTagAfter()` skips in the string). */
function isBlankEnd(nodes: ChildNode[]): boolean {
  const rest = nodes.filter((n) => !isBlankText(n));
  return rest.length === 0 || (rest.length === 1 && (rest[0] as Node).nodeType === 1 && (rest[0] as Element).localName === 'br');
}

function isBlankText(n: Node): boolean {
  return n.nodeType === 3 && ASCII_WS_ONLY.test((n as Text).data);
}

function isUnwrappable(el: Element, moodle: boolean): boolean {
  const name = el.localName;
  return name === 'p' || name === 'pre' || name === 'code' || (moodle && name === 'nolink');
}
