// The China warehouse's scan form, for keyboard-wedge scanners: a scanner types the tracking number and Enter.
// Enter in a field moves to the next empty one; when every field is filled it submits the form. Each outcome has its
// own sound, so the clerk need not look up from the parcel.
window.ordoScan = {
  attach(form) {
    if (!form || form.dataset.scanAttached) return;
    form.dataset.scanAttached = "1";
    form.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || e.target.tagName !== "INPUT" || e.target.type === "checkbox") return;
      const fields = [...form.querySelectorAll("input[data-scan]")];
      const at = fields.indexOf(e.target);
      const next = fields.slice(at + 1).find((f) => f.value.trim() === "");
      if (next) {
        e.preventDefault();
        next.focus();
      }
    });
  },
  // After a scan the old text is selected, so the next scan replaces it; the first focus of a page selects nothing
  // (a clerk who already typed a character would lose it).
  focus(element, select = true) {
    if (element) {
      element.focus();
      if (select) element.select?.();
    }
  },
  beep(kind) {
    const tones = {
      Received: [[880, 0.12]],
      AlreadyReceived: [[660, 0.1], [660, 0.1]],
      Anonymous: [[520, 0.15], [390, 0.25]],
      Excess: [[300, 0.35]],
      Alert: [[988, 0.1], [1318, 0.1], [988, 0.1]],
      Error: [[196, 0.45]],
    }[kind] ?? [[440, 0.1]];
    try {
      const audio = (window.ordoScan.audio ??= new AudioContext());
      let at = audio.currentTime;
      for (const [frequency, seconds] of tones) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.value = 0.15;
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(at);
        oscillator.stop(at + seconds);
        at += seconds + 0.05;
      }
    } catch {
      // No audio device (a server, a muted kiosk): the colours still tell.
    }
  },
};
