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
      if (count) count.textContent = countWords(count, shown);
    });
  }

  // A count in words, in the page's plural forms (Arabic has a dual and a plural of 3-10).
  function countWords(element, n) {
    const form = n === 0 ? "none" : n === 1 ? "one" : n === 2 ? "two" : n % 100 >= 3 && n % 100 <= 10 ? "few" : "many";
    return (element.dataset[form] || element.dataset.many || "{n}").replace("{n}", String(n));
  }

  // A photo too large is told beside its input at once, before anything is sent.
  for (const input of document.querySelectorAll("input[type=file][data-max-bytes]")) {
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      const tooLarge = file && file.size > Number(input.dataset.maxBytes);
      input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
      if (tooLarge) input.reportValidity();
    });
    // Nothing is sent with it: the person chooses a smaller picture, everything typed stays.
    input.form?.addEventListener("submit", (event) => {
      const file = input.files && input.files[0];
      if (file && file.size > Number(input.dataset.maxBytes)) {
        event.preventDefault();
        input.focus();
        input.reportValidity();
      }
    });
  }
  // After a save with problems, the summary of what to fix takes the focus, as GOV.UK does.
  const summary = document.querySelector("[data-focus]");
  if (summary) summary.focus();

  // Back on a journey after adding or moving a stage: that stage's column comes into view.
  const stage = location.hash.startsWith("#stage-") && document.getElementById(location.hash.slice(1) + "-title");
  if (stage) {
    stage.scrollIntoView({ block: "center", inline: "center" });
    stage.focus({ preventScroll: true });
  }

  // A button that removes something asks first.
  for (const button of document.querySelectorAll("button[data-confirm]")) {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  }

  // "Copy HTML": the export's text to the clipboard (without JavaScript, it can be selected by hand).
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source) continue;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
      } catch (_) {
        source.select();
        document.execCommand("copy");
      }
      button.textContent = button.dataset.copied;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }

  // The service page's review as the drafter types: the form is sent to the server, which runs
  // the same review as `sadna check`, and each finding is shown beside its field.
  const form = document.querySelector("form[data-review-url]");
  if (form) liveReview(form);

  const deck = document.querySelector("[data-deck]");
  if (deck) dragToReorder(deck);
});

// The task-card deck: a card dragged to another place; every card's number follows, and
// "save the order" writes them (the numbers alone do the same without a mouse or this script).
function dragToReorder(deck) {
  let dragged = null;
  const renumber = () => {
    deck.querySelectorAll("[data-card]").forEach((card, index) => {
      card.querySelector("[data-place]").value = String(index + 1);
    });
  };
  deck.addEventListener("dragstart", (event) => {
    dragged = event.target.closest("[data-card]");
    if (!dragged) return;
    dragged.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", "");
  });
  deck.addEventListener("dragover", (event) => {
    if (!dragged) return;
    event.preventDefault();
    const over = event.target.closest("[data-card]");
    if (!over || over === dragged) return;
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
  });
  deck.addEventListener("dragend", () => {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    renumber();
  });
}

function liveReview(form) {
  const count = form.querySelector("[data-review-count]");
  let timer = null;
  let sent = 0;

  const review = async () => {
    const ticket = ++sent;
    let answer;
    try {
      const response = await fetch(form.dataset.reviewUrl, {
        method: "POST", body: new FormData(form), credentials: "same-origin",
      });
      if (!response.ok) return;
      answer = await response.json();
    } catch (_) {
      return; // The server is away: the review comes back on the next keystroke or save.
    }
    if (ticket !== sent) return; // A newer review is on its way.
    show(answer);
  };

  const show = (answer) => {
    for (const list of form.querySelectorAll("[data-review-for]")) {
      list.replaceChildren();
      list.closest(".field")?.classList.remove("flagged");
    }
    for (const finding of answer.findings) {
      const list = form.querySelector(`[data-review-for="${CSS.escape(finding.input)}"]`);
      if (!list) continue;
      list.append(item(finding));
      list.closest(".field")?.classList.add("flagged");
    }
    if (count) count.textContent = answer.summary;
  };

  const item = (finding) => {
    const li = document.createElement("li");
    li.className = finding.error ? "error" : "warning";
    li.textContent = finding.text;
    if (finding.replace) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "replace";
      Object.assign(button.dataset, {
        input: finding.input, line: finding.replace.line, column: finding.replace.column,
        found: finding.replace.found, with: finding.replace.with,
      });
      button.textContent = finding.replace.label;
      li.append(" ", button);
    }
    return li;
  };

  form.addEventListener("input", (event) => {
    if (!event.target.name) return;
    clearTimeout(timer);
    timer = setTimeout(review, 450);
  });

  // A replacement offered by the review, made in its field where the review found the words.
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button.replace");
    if (!button) return;
    event.preventDefault(); // Made here at once; without JavaScript the button posts the form and the save makes it.
    const field = form.elements.namedItem(button.dataset.input);
    if (!field) return;
    const start = offset(field.value, Number(button.dataset.line), Number(button.dataset.column));
    const found = button.dataset.found;
    if (start < 0 || field.value.slice(start, start + found.length) !== found) {
      review(); // The text changed since: ask again.
      return;
    }
    field.value = field.value.slice(0, start) + button.dataset.with + field.value.slice(start + found.length);
    field.focus();
    const end = start + button.dataset.with.length;
    field.setSelectionRange?.(end, end);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });

  // Buttons that need this script were hidden until now.
  for (const button of form.querySelectorAll("button.replace")) button.hidden = false;
}

// The index in `text` of a line and column counted from 1 in characters (code points), as the
// server counts them.
function offset(text, line, column) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (line < 1 || line > lines.length) return -1;
  let index = 0;
  for (let i = 0; i < line - 1; i += 1) index += lines[i].length + 1;
  const chars = Array.from(lines[line - 1]).slice(0, column - 1).join("");
  return index + chars.length;
}

// A meeting's print plan (facil): after each change the form is sent to be checked — the server
// answers with the page as "בדיקה ועדכון הספירה" would bring it — and each item's findings and the
// print list's counts are taken from it. Nothing is saved; without this script the button does it.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-live-plan]");
  if (!form) return;
  let sent = 0;
  let timer = null;
  const check = async (changedKind) => {
    const ticket = ++sent;
    const body = new FormData(form);
    body.set("action", "check");
    let text;
    try {
      // getAttribute: the form's buttons named "action" hide its `action` property.
      const response = await fetch(form.getAttribute("action"), { method: "POST", body, credentials: "same-origin" });
      if (!response.ok) return;
      text = await response.text();
    } catch (_) {
      return; // The server is away: the button still checks.
    }
    if (ticket !== sent) return; // A newer check is on its way.
    const page = new DOMParser().parseFromString(text, "text/html");
    // A kind changed: its item's inputs become the new kind's, the focus staying on its choice.
    if (changedKind) {
      const fresh = page.getElementById(changedKind.id);
      const focused = document.activeElement && document.activeElement.id;
      if (fresh) changedKind.replaceWith(document.importNode(fresh, true));
      if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    }
    // The findings and counts, except where the person is typing.
    for (const part of form.querySelectorAll("[data-live]")) {
      const fresh = part.id && page.getElementById(part.id);
      if (fresh && !part.contains(document.activeElement)) part.replaceWith(document.importNode(fresh, true));
    }
  };
  form.addEventListener("change", (event) => {
    const kind = event.target.matches("select[name$='-kind']") && event.target.closest("li[id^='item-']");
    clearTimeout(timer);
    timer = setTimeout(() => check(kind || null), kind ? 0 : 300);
  });
});
