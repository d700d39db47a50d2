// Explorable figures (snippets/plotting.py, `explorable`). The build ran every
// frame and drew it; this script only picks the frame that the controls name
// and swaps in its parts, its alt text and its summary. Nothing moves unless
// the reader moves a control, so there is no motion to reduce.
document$.subscribe(() => {
  for (const figure of document.querySelectorAll("figure.explorable")) {
    const data = JSON.parse(figure.dataset.frames);
    const controls = [...figure.querySelectorAll("input, select")];
    const svg = figure.querySelector("svg");
    const parts = data.ids.map((id) => svg.querySelector(`[id="${id}"]`));
    const summary = figure.querySelector("[aria-live]");
    const update = () => {
      let index = 0;
      controls.forEach((control, k) => {
        const [short, words] = data.values[k][control.value];
        index = index * data.sizes[k] + Number(control.value);
        if (control.type === "range") {
          control.setAttribute("aria-valuetext", words);
          control.parentElement.querySelector(".explorable-value").textContent = short;
        }
      });
      const [alt, text, pieces] = data.frames[index];
      pieces.forEach((piece, k) => (parts[k].innerHTML = data.pieces[piece]));
      svg.setAttribute("aria-label", alt);
      summary.textContent = text;
    };
    for (const control of controls) control.addEventListener("input", update);
    for (const button of figure.querySelectorAll("button[data-step]")) {
      button.addEventListener("click", () => {
        const range = figure.querySelector(`[id="${button.dataset.for}"]`);
        range.value = Number(range.value) + Number(button.dataset.step);
        update();
      });
    }
    figure.querySelector(".explorable-controls").hidden = false;
  }
});
