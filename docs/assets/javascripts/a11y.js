// @ts-check
// A small accessibility repair to Material's output, run on every page (also after instant navigation).
//
// Boxes that scroll sideways (wide code blocks, wide tables) must be reachable with the keyboard
// (WCAG 2.1.1). Material makes code blocks focusable only on devices that can hover, so a phone or a
// tablet with a keyboard gets none, and it never does so for the tables it wraps. Every box that
// scrolls gets tabindex="0", on every device, and keeps it while Material's own code toggles it.

const SCROLLERS = ".md-typeset pre > code, .md-typeset__scrollwrap";

/** @param {Element} box */
function scrolls(box) {
  return box.scrollWidth > box.clientWidth + 1;
}

/** @param {HTMLElement} box */
function settle(box) {
  if (scrolls(box)) {
    if (!box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "0");
      box.dataset.scrollFocus = "";
    }
  } else if ("scrollFocus" in box.dataset) {
    box.removeAttribute("tabindex");
    delete box.dataset.scrollFocus;
  }
}

// Only the boxes repair() observes are reported: each is one of SCROLLERS, an HTML element.
const resized = new ResizeObserver((entries) => entries.forEach((entry) => settle(/** @type {HTMLElement} */ (entry.target))));
const retagged = new MutationObserver((records) => records.forEach((record) => settle(/** @type {HTMLElement} */ (record.target))));

function repair() {
  for (const box of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(SCROLLERS))) {
    settle(box);
    resized.observe(box);
    retagged.observe(box, { attributes: true, attributeFilter: ["tabindex"] });
  }
}

if (globalThis.document$) globalThis.document$.subscribe(() => requestAnimationFrame(repair));
else repair();
