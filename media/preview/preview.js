// Policy Lens in VS Code's markdown preview: a card for a marked figure, entity
// or paragraph, built from its data-pl-card text with textContent only.
(() => {
  'use strict';
  let card = null;
  const show = (target) => {
    if (!card) {
      card = document.createElement('div');
      card.className = 'pl-preview-card';
      card.setAttribute('role', 'tooltip');
      document.body.appendChild(card);
    }
    card.textContent = target.getAttribute('data-pl-card');
    const r = target.getBoundingClientRect();
    card.style.left = `${Math.max(4, window.scrollX + r.left)}px`;
    card.style.top = `${window.scrollY + r.bottom + 4}px`;
    card.hidden = false;
  };
  const hide = () => { if (card) card.hidden = true; };
  document.addEventListener('mouseover', (event) => {
    const target = event.target instanceof Element ? event.target.closest('.pl-figure[data-pl-card], .pl-entity[data-pl-card]') : null;
    if (target) show(target);
    else hide();
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
})();
