// The web editor: the document is the YAML text; the form reads its fields from the text and
// writes back only the top-level key it edits, so comments, order and the keys the form does
// not show (appendices, tables, pdf…) are kept when switching between the two modes.
"use strict";

const $ = (id) => document.getElementById(id);
const yamlArea = $("yaml");
const form = $("form");
const FORM_KEYS = ["type", "issuer", "number", "symbol", "place", "date", "summary", "addressees", "bases", "body",
                   "recipients", "signer"];
let mode = "form";

// ---- A small reader and writer for the part of YAML the form edits ----------------------------

/** The top-level keys of the text: {key, start, end} with end after the key's last indented line. */
function topLevelBlocks(lines) {
  const blocks = [];
  lines.forEach((line, index) => {
    const match = /^([A-Za-z_$][\w$-]*)\s*:(?:\s|$)/.exec(line);
    if (match) blocks.push({ key: match[1], start: index, end: index + 1 });
    else if (blocks.length && /^\s+\S/.test(line)) blocks[blocks.length - 1].end = index + 1;
  });
  return blocks;
}

function stripComment(text) {
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === quote) quote = null; else if (c === "\\" && quote === '"') i++; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

function scalar(text) {
  const value = text.trim();
  if (value.startsWith('"')) return JSON.parse(value);
  if (value.startsWith("'")) { if (!value.endsWith("'")) throw new Error("quote"); return value.slice(1, -1).replace(/''/g, "'"); }
  if (/^[\[{|>&*!]/.test(value)) throw new Error("not a plain value");
  return value;
}

/** Splits a flow collection's inside on commas outside quotes. */
function flowItems(inside) {
  const items = [];
  let current = "", quote = null;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (quote) { current += c; if (c === quote) quote = null; else if (c === "\\" && quote === '"') current += inside[++i]; }
    else if (c === '"' || c === "'") { quote = c; current += c; }
    else if (c === "[" || c === "{") throw new Error("nested");
    else if (c === ",") { items.push(current); current = ""; }
    else current += c;
  }
  if (current.trim()) items.push(current);
  return items;
}

/** The value after `key:` on its line, with the indented lines below it. Throws when the form cannot show it. */
function parseValue(rest, below) {
  const head = stripComment(rest).trim();
  if (head.startsWith("|")) {
    if (!/^\|-?$/.test(head)) throw new Error("block style");
    const content = below.filter((line) => line.trim() !== "");
    const indent = Math.min(...content.map((line) => line.match(/^ */)[0].length));
    const text = below.map((line) => line.slice(indent)).join("\n").replace(/\n+$/, "");
    return text;
  }
  if (head.startsWith("[")) {
    if (!head.endsWith("]")) throw new Error("flow list");
    return flowItems(head.slice(1, -1)).map(scalar);
  }
  if (head.startsWith("{")) {
    if (!head.endsWith("}")) throw new Error("flow map");
    const map = {};
    for (const item of flowItems(head.slice(1, -1))) {
      const at = item.indexOf(":");
      if (at < 0) throw new Error("flow map");
      map[item.slice(0, at).trim()] = scalar(item.slice(at + 1));
    }
    return map;
  }
  if (head !== "") return scalar(head);
  const content = below.filter((line) => line.trim() !== "" && !/^\s*#/.test(line));
  if (!content.length) return "";
  const indent = content[0].match(/^ */)[0].length;
  if (content[0].trim().startsWith("- ") || content[0].trim() === "-") {
    return content.map((line) => {
      if (line.match(/^ */)[0].length !== indent || !line.trim().startsWith("-")) throw new Error("nested list");
      return scalar(stripComment(line.trim().slice(1)));
    });
  }
  const map = {};
  for (let i = 0; i < content.length; i++) {
    const line = content[i];
    if (line.match(/^ */)[0].length !== indent) throw new Error("nested map");
    const match = /^\s*([\w$-]+)\s*:(.*)$/.exec(line);
    if (!match) throw new Error("map");
    const deeper = [];
    while (i + 1 < content.length && content[i + 1].match(/^ */)[0].length > indent) deeper.push(content[++i]);
    map[match[1]] = parseValue(match[2], deeper);
  }
  return map;
}

/** The form's keys read from the text: {key: value}, and the keys the form cannot show. */
function readFormKeys(text) {
  const lines = text.split("\n");
  const values = {}, unreadable = [];
  for (const block of topLevelBlocks(lines)) {
    if (!FORM_KEYS.includes(block.key)) continue;
    try {
      const first = lines[block.start];
      values[block.key] = parseValue(first.slice(first.indexOf(":") + 1), lines.slice(block.start + 1, block.end));
    } catch (error) {
      unreadable.push(block.key);
    }
  }
  return { values, unreadable };
}

const NUMERIC_KEYS = new Set(["number", "day", "month", "year"]);

function emitScalar(value, numeric) {
  if (value === "") return '""';
  if (numeric && /^\d{1,9}$/.test(value)) return value;
  const plain = /^[^\s"'#&*!|>%@`{}\[\],?:\-]/.test(value) && !/(: | #|[\[\]{},]|\s$|^\d|^(true|false|null|yes|no|on|off|~)$)/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const linesOf = (text) => text.split("\n").map((line) => line.trim()).filter((line) => line !== "");

/** The lines of YAML for one top-level key from the form's fields; [] leaves an optional key out. */
function emitKey(key) {
  const field = (name) => form.elements[name].value;
  const list = (name, items) => items.length ? [`${name}:`, ...items.map((item) => `  - ${emitScalar(item)}`)] : [];
  switch (key) {
    case "issuer": {
      const names = linesOf(field("issuer.name"));
      const out = ["issuer:"];
      if (field("issuer.parent").trim()) out.push(`  parent: ${emitScalar(field("issuer.parent").trim())}`);
      out.push(`  name: ${names.length === 1 ? emitScalar(names[0]) : "[" + names.map((n) => emitScalar(n)).join(", ") + "]"}`);
      return out;
    }
    case "date":
      return [`date: { day: ${emitScalar(field("date.day").trim(), true)}, month: ${emitScalar(field("date.month").trim(), true)}, ` +
              `year: ${emitScalar(field("date.year").trim(), true)} }`];
    case "addressees": case "bases": case "recipients":
      return list(key, linesOf(field(key)));
    case "body": {
      const body = field("body").replace(/\s+$/, "");
      return body ? ["body: |", ...body.split("\n").map((line) => (line ? "  " + line : ""))] : [];
    }
    case "signer": {
      const titles = linesOf(field("signer.title"));
      const out = ["signer:"];
      if (field("signer.authority").trim()) out.push(`  authority: ${emitScalar(field("signer.authority").trim())}`);
      out.push(`  title: ${titles.length === 1 ? emitScalar(titles[0]) : "[" + titles.map((t) => emitScalar(t)).join(", ") + "]"}`);
      out.push(`  name: ${emitScalar(field("signer.name").trim())}`);
      return out;
    }
    default:
      return [`${key}: ${emitScalar(field(key).trim(), NUMERIC_KEYS.has(key))}`];
  }
}

/** The text with one top-level key's lines replaced (or added after the form's previous key). */
function replaceKey(text, key, newLines) {
  const lines = text.split("\n");
  const blocks = topLevelBlocks(lines);
  const block = blocks.find((b) => b.key === key);
  if (block) {
    lines.splice(block.start, block.end - block.start, ...newLines);
  } else if (newLines.length) {
    const before = FORM_KEYS.slice(0, FORM_KEYS.indexOf(key)).reverse().map((k) => blocks.find((b) => b.key === k)).find(Boolean);
    lines.splice(before ? before.end : lines.length, 0, ...newLines);
  }
  return lines.join("\n");
}

// ---- Form ↔ text --------------------------------------------------------------------------

const asLines = (value) => (Array.isArray(value) ? value.join("\n") : value ?? "");

function fillForm() {
  const { values, unreadable } = readFormKeys(yamlArea.value);
  const set = (name, value) => { form.elements[name].value = value ?? ""; };
  set("type", values.type); set("number", values.number); set("symbol", values.symbol);
  set("place", values.place); set("summary", values.summary); set("body", typeof values.body === "string" ? values.body : "");
  const issuer = typeof values.issuer === "object" && !Array.isArray(values.issuer) ? values.issuer : {};
  set("issuer.parent", issuer.parent); set("issuer.name", asLines(issuer.name));
  let date = values.date ?? {};
  if (typeof date === "string") { const [year, month, day] = date.split("-"); date = { day, month, year }; }
  set("date.day", date.day); set("date.month", date.month); set("date.year", date.year);
  for (const key of ["addressees", "bases", "recipients"]) set(key, asLines(values[key]));
  const signer = typeof values.signer === "object" && !Array.isArray(values.signer) ? values.signer : {};
  set("signer.authority", signer.authority); set("signer.title", asLines(signer.title)); set("signer.name", signer.name);
  const locked = new Set(unreadable);
  if (Array.isArray(values.body)) locked.add("body");
  for (const element of form.querySelectorAll("[data-key]")) element.disabled = locked.has(element.dataset.key);
  $("form-note").hidden = locked.size === 0;
  $("form-note").textContent = locked.size
    ? `Các mục ${[...locked].join(", ")} có cấu trúc mà biểu mẫu không hiển thị được (bảng, khối…): hãy sửa ở chế độ Văn bản YAML.` : "";
}

form.addEventListener("input", (event) => {
  const key = event.target.dataset.key;
  if (!key) return;
  yamlArea.value = replaceKey(yamlArea.value, key, emitKey(key));
  schedulePreview();
});
form.addEventListener("submit", (event) => event.preventDefault());
yamlArea.addEventListener("input", schedulePreview);
for (const name of ["keyup", "click", "input"]) yamlArea.addEventListener(name, showCaretLine);

function showCaretLine() {
  $("caret-line").textContent = yamlArea.value.slice(0, yamlArea.selectionStart).split("\n").length;
}

function setMode(next) {
  mode = next;
  if (next === "form") fillForm();
  form.hidden = next !== "form";
  $("text-mode").hidden = next !== "text";
  $("mode-form").setAttribute("aria-pressed", String(next === "form"));
  $("mode-text").setAttribute("aria-pressed", String(next === "text"));
}
$("mode-form").addEventListener("click", () => setMode("form"));
$("mode-text").addEventListener("click", () => setMode("text"));

// ---- Talking to the service -------------------------------------------------------------------

function status(text) { $("status").textContent = text; }

async function post(path, body = yamlArea.value) {
  return fetch(path, { method: "POST", headers: { "Content-Type": "application/yaml", "Accept-Language": "vi" }, body });
}

/** Errors of a 422 or the findings of a check, in the list; each moves to its line or field. */
function showProblems(problems, emptyText) {
  const list = $("problems");
  list.replaceChildren();
  if (!problems.length) {
    const item = document.createElement("li");
    item.className = "ok";
    item.textContent = emptyText;
    list.append(item);
    return;
  }
  for (const problem of problems) {
    const item = document.createElement("li");
    item.className = problem.severity;
    const button = document.createElement("button");
    button.type = "button";
    const where = problem.line ? `Dòng ${problem.line}, cột ${problem.column}: ` : "";
    button.textContent = `${problem.severity === "error" ? "Lỗi" : "Cảnh báo"} — ${where}${problem.message}` +
      (problem.hint ? ` (gợi ý: ${problem.hint})` : "") + (problem.rule ? ` [${problem.rule}]` : "");
    button.dataset.line = problem.line ?? "";
    button.dataset.column = problem.column ?? "";
    button.addEventListener("click", () => goTo(problem.line, problem.column));
    item.append(button);
    list.append(item);
  }
}

/** Moves to a line of the text, or in form mode to the field that holds it. */
function goTo(line, column) {
  if (!line) return;
  const lines = yamlArea.value.split("\n");
  if (mode === "form") {
    const block = topLevelBlocks(lines).find((b) => b.start < line && line <= b.end);
    if (block && FORM_KEYS.includes(block.key)) {
      let sub = null;
      for (let i = line - 1; i > block.start && !sub; i--) sub = (/^\s+([\w$-]+)\s*:/.exec(lines[i]) || [])[1] ?? null;
      const field = form.querySelector(`[data-key="${block.key}"]${sub ? `[data-sub="${sub}"]` : ""}`) ??
                    form.querySelector(`[data-key="${block.key}"]`);
      if (field && !field.disabled) { field.focus(); field.scrollIntoView({ block: "center" }); return; }
    }
    setMode("text");
  }
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + Math.max(0, (column || 1) - 1);
  yamlArea.focus();
  yamlArea.setSelectionRange(offset, offset + Math.max(1, (lines[line - 1] || "").length - (column || 1) + 1));
  const lineHeight = parseFloat(getComputedStyle(yamlArea).lineHeight) || 18;
  yamlArea.scrollTop = Math.max(0, (line - 5) * lineHeight);
  showCaretLine();
}

// ---- Live preview -----------------------------------------------------------------------------

let previewTimer = null, previewRun = 0;
const pageURLs = [];

function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(preview, 400);
}

async function preview() {
  const run = ++previewRun;
  const text = yamlArea.value;
  status("Đang dàn trang…");
  const first = await post("/v1/preview?page=1&dpi=72", text);
  if (run !== previewRun) return;
  if (!first.ok) {
    $("pages").classList.add("stale");
    const answer = await first.json().catch(() => ({}));
    showProblems(answer.diagnostics ?? [{ severity: "error", message: answer.message ?? first.statusText }], "");
    status(first.status === 422 ? "Văn bản có lỗi: xem danh sách lỗi." : `Không xem trước được (${first.status}).`);
    return;
  }
  const count = Number(first.headers.get("X-Page-Count"));
  const images = [await first.blob()];
  for (let page = 2; page <= count; page++) {
    const response = await post(`/v1/preview?page=${page}&dpi=72`, text);
    if (run !== previewRun) return;
    if (!response.ok) break;
    images.push(await response.blob());
  }
  pageURLs.splice(0).forEach((url) => URL.revokeObjectURL(url));
  const pages = $("pages");
  pages.classList.remove("stale");
  pages.replaceChildren(...images.map((blob, index) => {
    const image = document.createElement("img");
    const url = URL.createObjectURL(blob);
    pageURLs.push(url);
    image.src = url;
    image.alt = `Trang ${index + 1} / ${count}`;
    return image;
  }));
  $("page-count").textContent = `${count} trang`;
  $("page-count").dataset.count = String(count);
  $("problems").replaceChildren();
  status("");
}

// ---- Check, fix, download, units --------------------------------------------------------------

$("check").addEventListener("click", async () => {
  const response = await post("/v1/check");
  const answer = await response.json();
  if (response.status === 422) { showProblems(answer.diagnostics, ""); status("Văn bản có lỗi."); return; }
  showProblems(answer.findings ?? [], "Không phát hiện sai sót theo Nghị định 30.");
  status(answer.findings?.length ? `${answer.findings.length} cảnh báo.` : "");
});

$("fix").addEventListener("click", async () => {
  const response = await post("/v1/check?fix=true");
  const answer = await response.json();
  if (response.status === 422) { showProblems(answer.diagnostics, ""); status("Văn bản có lỗi: hãy sửa lỗi trước."); return; }
  if (!response.ok) { status(answer.message); return; }
  yamlArea.value = answer.text;
  if (mode === "form") fillForm();
  showProblems(answer.findings, "Không còn sai sót nào sửa được hay cần sửa.");
  status(`Đã sửa ${answer.fixed} chỗ.`);
  schedulePreview();
});

function save(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function fileName(extension) {
  const symbol = (form.elements.symbol.value || "van-ban").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\w-]+/g, "-");
  return `${symbol}.${extension}`;
}

$("download").addEventListener("click", async () => {
  const query = `?fillable=${$("fillable").checked}&sign-fields=${$("sign-fields").value}`;
  status("Đang tạo PDF…");
  const response = await post("/v1/render" + query);
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    if (answer.diagnostics) showProblems(answer.diagnostics, "");
    status(`Không tạo được PDF: ${answer.message ?? response.status}`);
    return;
  }
  save(await response.blob(), fileName("pdf"));
  status("Đã tải PDF.");
});

$("units-run").addEventListener("click", () => {
  const file = $("units-file").files[0];
  if (!file) { status("Hãy chọn tệp CSV danh sách đơn vị."); $("units-file").focus(); return; }
  const merge = $("units-merge").checked;
  const data = new FormData();
  data.append("document", new Blob([yamlArea.value], { type: "application/yaml" }), "van-ban.yaml");
  data.append("units", file, file.name);
  const request = new XMLHttpRequest();
  const progress = $("units-progress");
  progress.hidden = false;
  progress.value = 0;
  request.open("POST", `/v1/units?merge=${merge}&fillable=${$("fillable").checked && !merge}&sign-fields=${$("sign-fields").value}`);
  request.responseType = "blob";
  request.setRequestHeader("Accept-Language", "vi");   // the page is Vietnamese, whatever the browser's language
  // Sending is the first half of the bar, receiving the PDFs the second.
  request.upload.onprogress = (event) => { if (event.lengthComputable) progress.value = 50 * event.loaded / event.total; };
  request.onprogress = (event) => { if (event.lengthComputable) progress.value = 50 + 50 * event.loaded / event.total; };
  request.onload = async () => {
    progress.value = 100;
    if (request.status !== 200) {
      const answer = JSON.parse(await request.response.text());
      if (answer.diagnostics) showProblems(answer.diagnostics, "");
      status(`Không tạo được: ${answer.message}`);
      return;
    }
    save(request.response, merge ? fileName("pdf") : "don-vi.zip");
    status("Đã tạo PDF cho các đơn vị.");
  };
  request.onerror = () => status("Mất kết nối với máy chủ.");
  status("Đang tạo PDF cho từng đơn vị…");
  request.send(data);
});

// ---- Templates --------------------------------------------------------------------------------

async function openTemplate(id) {
  const response = await fetch(`/v1/templates/${encodeURIComponent(id)}`);
  if (!response.ok) { status("Không mở được mẫu."); return; }
  yamlArea.value = await response.text();
  if (mode === "form") fillForm();
  $("problems").replaceChildren();
  $("pages").classList.add("stale");   // until the new document's pages arrive
  preview();
}

$("open-template").addEventListener("click", () => openTemplate($("template").value));

(async function start() {
  const { templates } = await (await fetch("/v1/templates")).json();
  const groups = { form: "Mẫu văn bản theo Nghị định 30 (để điền)", example: "Văn bản mẫu đã soạn" };
  $("template").replaceChildren(...Object.entries(groups).map(([kind, label]) => {
    const group = document.createElement("optgroup");
    group.label = label;
    group.append(...templates.filter((t) => t.kind === kind).map((template) => {
      const option = document.createElement("option");
      option.value = template.id;
      option.textContent = `${template.type} — ${template.title}`;
      return option;
    }));
    return group;
  }));
  const first = templates.find((t) => t.id === "example-minimal") ?? templates[0];
  if (first) { $("template").value = first.id; await openTemplate(first.id); }
})();
