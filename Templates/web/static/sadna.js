// Sadna's workbench works without this file: it only makes a few things quicker.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // The persona pool filters as you type (the form's search works without JavaScript too).
  const filter = document.querySelector("input[data-filter]");
  if (filter) {
    const items = Array.from(document.querySelectorAll(filter.dataset.filter));
    const count = document.getElementById("filter-count");
    filter.addEventListener("input", () => {
      const wanted = filter.value.trim().toLocaleLowerCase();
      let shown = 0;
      for (const item of items) {
        const match = !wanted || (item.dataset.search || "").toLocaleLowerCase().includes(wanted);
        item.hidden = !match;
        if (match) shown += 1;
      }
      if (count) count.textContent = String(shown);
    });
  }
  // After a save with problems, the summary of what to fix takes the focus, as GOV.UK does.
  const summary = document.querySelector("[data-focus]");
  if (summary) summary.focus();
});
