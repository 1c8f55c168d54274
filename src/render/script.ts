/**
 * The one script of the reading view and of the exported brief, as source text
 * to inline under a nonce. It builds cards from the embedded data with DOM
 * calls and `textContent` only (the document's text is never parsed as HTML),
 * and, inside a VS Code webview, talks to the extension: a click on a sentence
 * reveals it in the editor, links open through VS Code, and the view scrolls to
 * the sentence the editor asks for. Without scripts the page is still a plain
 * annotated document (titles carry the cards' gist).
 */
export const PAGE_SCRIPT = String.raw`(() => {
  'use strict';
  const dataNode = document.getElementById('pl-data');
  const data = dataNode ? JSON.parse(dataNode.textContent || '{}') : { entities: [], figures: [], claims: [] };
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  const card = document.createElement('div');
  card.id = 'pl-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.appendChild(card);
  const line = (strong, rest) => {
    const p = document.createElement('p');
    if (strong) { const b = document.createElement('strong'); b.textContent = strong; p.appendChild(b); }
    if (rest) p.appendChild(document.createTextNode((strong ? ' ' : '') + rest));
    return p;
  };
  const fill = (target) => {
    card.replaceChildren();
    if (target.dataset.entity !== undefined) {
      const e = data.entities[Number(target.dataset.entity)];
      if (!e) return false;
      card.appendChild(line(e.name, '· ' + e.type.toLowerCase()));
      if (e.aliases.length) card.appendChild(line('Also:', e.aliases.join(', ')));
      card.appendChild(line(null, e.mentions + (e.mentions === 1 ? ' mention' : ' mentions') + '; first: “' + e.first + '”'));
    } else if (target.dataset.figure !== undefined) {
      const f = data.figures[Number(target.dataset.figure)];
      if (!f) return false;
      card.appendChild(line(f.kind, [f.value, f.when].filter(Boolean).join(' · ')));
      if (f.about) card.appendChild(line('Measures:', f.about));
      card.appendChild(line(null, '“' + f.sentence + '”'));
    } else return false;
    return true;
  };
  const show = (target) => {
    if (!fill(target)) return;
    card.hidden = false;
    const r = target.getBoundingClientRect();
    card.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8)) + 'px';
    card.style.top = (window.scrollY + r.bottom + 6) + 'px';
  };
  const hide = () => { card.hidden = true; };
  const markOf = (node) => node instanceof Element ? node.closest('[data-entity],[data-figure]') : null;
  document.addEventListener('mouseover', (event) => { const m = markOf(event.target); if (m) show(m); else if (!card.contains(event.target)) hide(); });
  document.addEventListener('focusin', (event) => { const m = markOf(event.target); if (m) show(m); });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
  if (!vscode) return;
  let current = null;
  const highlight = (claim) => {
    if (current) current.classList.remove('pl-current');
    current = document.getElementById('pl-c' + claim);
    if (current) current.classList.add('pl-current');
    return current;
  };
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a.pl-link');
    if (link) { event.preventDefault(); vscode.postMessage({ type: 'open', href: link.getAttribute('href') }); return; }
    const claim = target.closest('[data-claim]');
    if (claim) { event.preventDefault(); highlight(claim.dataset.claim); vscode.postMessage({ type: 'reveal', claim: Number(claim.dataset.claim) }); }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'scrollTo') { const node = highlight(message.claim); if (node) node.scrollIntoView({ block: 'center' }); }
  });
  let pending = 0;
  window.addEventListener('scroll', () => {
    vscode.setState({ scrollY: window.scrollY });
    if (pending) return;
    pending = setTimeout(() => {
      pending = 0;
      // Claims are in reading order: the first one still in view, by halving.
      const claims = document.querySelectorAll('.pl-claim');
      let low = 0, high = claims.length;
      while (low < high) { const mid = (low + high) >> 1; if (claims[mid].getBoundingClientRect().bottom > 0) high = mid; else low = mid + 1; }
      if (low < claims.length) vscode.postMessage({ type: 'visible', claim: Number(claims[low].dataset.claim) });
    }, 150);
  });
  const state = vscode.getState();
  if (state && state.scrollY) window.scrollTo(0, state.scrollY);
})();`;
