// The web editor: the document is the YAML text; the form reads its fields from the text and
// writes back only the top-level key it edits (or, in `details`, `marks` and `copy`, only the
// entry), so comments, order and the keys the form does not show (appendices, tables, pdf…)
// are kept when switching between the two modes. Which fields show is the document's form's
// (GET /v1/forms: the keys its boxes read, its fixed lines), never a branch per form here.
"use strict";

const $ = (id) => document.getElementById(id);
const yamlArea = $("yaml");
const form = $("form");
// In the order a new key is written into the text (after the previous one present).
const FORM_KEYS = ["type", "issuer", "number", "symbol", "place", "date", "marks", "summary", "authority", "addressees",
                   "bases", "proposal", "details", "body", "signer", "signers", "recipients", "copy"];
// The keys whose entries the form writes one by one, each in this order when added.
const ENTRY_ORDER = {
  marks: ["secrecy", "urgency", "circulation", "typist", "copies", "footer"],
  copy: ["kind", "issuer", "number", "symbol", "place", "date", "recipients", "signer"],
  details: () => currentForm.details.map((detail) => detail.key),
};
let mode = "form";
let catalogue = null;      // GET /v1/forms
let currentForm = null;    // the document's form in it

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

const indentOf = (line) => line.match(/^ */)[0].length;

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
    const items = [];
    for (let i = 0; i < content.length; i++) {
      const line = content[i];
      if (indentOf(line) !== indent || !/^\s*-(\s|$)/.test(line)) throw new Error("nested list");
      const deeper = [];
      while (i + 1 < content.length && indentOf(content[i + 1]) > indent) deeper.push(content[++i]);
      const rest = line.slice(indent + 1);
      if (/^\s*[\w$-]+\s*:(\s|$)/.test(rest)) {
        // "- title: THƯ KÝ" and the lines below it: a map whose first entry shares the dash's line.
        const column = indent + 1 + rest.match(/^ */)[0].length;
        items.push(parseValue("", [" ".repeat(column) + rest.trimStart(), ...deeper]));
      } else {
        items.push(parseValue(rest, deeper));
      }
    }
    return items;
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

// What each key's fields can show: a value of another shape (a recipients group, a body of
// blocks, a nested list) is left to the text mode.
const isText = (value) => typeof value === "string";
const isMap = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isLines = (value) => isText(value) || (Array.isArray(value) && value.every(isText));
const isSigner = (value) => isMap(value) && Object.entries(value).every(([key, item]) =>
  ["authority", "title", "name"].includes(key) && (key === "title" ? isLines(item) : isText(item)));
const SHAPES = {
  issuer: (v) => isMap(v) && isLines(v.name ?? "") && isLines(v.parent ?? ""),
  date: (v) => isText(v) || isMap(v), addressees: isLines, bases: isLines, recipients: isLines, authority: isLines,
  proposal: isText, body: isText, signer: isSigner,
  signers: (v) => Array.isArray(v) && v.length <= 2 && v.every(isSigner),
  details: (v) => isMap(v) && Object.values(v).every(isText),
  marks: (v) => isMap(v) && Object.entries(v).every(([key, item]) => (key === "footer" ? isLines(item) : isText(item))),
  copy: (v) => isMap(v) && Object.entries(v).every(([key, item]) =>
    (key === "signer" ? isSigner(item) : ["issuer", "recipients"].includes(key) ? isLines(item) : isText(item))),
};

/** The form's keys read from the text: {key: value}, and the keys the form cannot show. */
function readFormKeys(text) {
  const lines = text.split("\n");
  const values = {}, unreadable = [];
  for (const block of topLevelBlocks(lines)) {
    if (!FORM_KEYS.includes(block.key)) continue;
    try {
      const first = lines[block.start];
      const value = parseValue(first.slice(first.indexOf(":") + 1), lines.slice(block.start + 1, block.end));
      if (SHAPES[block.key] && !SHAPES[block.key](value)) throw new Error("shape");
      values[block.key] = value;
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

/** Lines as one value: a string for one line, a flow list for several ("[ỦY BAN NHÂN DÂN, HUYỆN …]"). */
function emitLines(lines) {
  return lines.length === 1 ? emitScalar(lines[0]) : "[" + lines.map((line) => emitScalar(line)).join(", ") + "]";
}

/** One `name: value` entry, a block scalar when the value has several lines; [] when it is empty. */
function emitEntry(name, value, numeric = false) {
  const text = value.replace(/\s+$/, "").replace(/^\s+/, "");
  if (text === "") return [];
  if (text.includes("\n")) return [`${name}: |-`, ...text.split("\n").map((line) => (line.trim() ? "  " + line : ""))];
  return [`${name}: ${emitScalar(text, numeric)}`];
}

/** A signer's entries (authority, title, name) from three fields; the title's lines as a list. */
function emitSigner(authority, title, name) {
  const out = [];
  if (authority.trim()) out.push(`authority: ${emitScalar(authority.trim())}`);
  out.push(`title: ${emitLines(linesOf(title))}`);
  out.push(`name: ${emitScalar(name.trim())}`);
  return out;
}

const indented = (lines, by) => lines.map((line) => (line ? " ".repeat(by) + line : ""));

/** The lines of one entry of `details`, `marks` or `copy`, relative to the key's indent; [] leaves it out. */
function emitSubKey(key, sub) {
  const field = (name) => form.elements[name].value;
  switch (`${key}.${sub}`) {
    case "marks.footer": case "copy.recipients": {
      const items = linesOf(field(`${key}.${sub}`));
      return items.length ? [`${sub}:`, ...items.map((item) => `  - ${emitScalar(item)}`)] : [];
    }
    case "copy.issuer": {
      const names = linesOf(field("copy.issuer"));
      return names.length ? [`issuer: ${emitLines(names)}`] : [];
    }
    case "copy.signer": {
      const parts = ["authority", "title", "name"].map((part) => field(`copy.signer.${part}`));
      return parts.some((part) => part.trim()) ? ["signer:", ...indented(emitSigner(...parts), 2)] : [];
    }
    case "copy.date": {
      // 2024-09-09 unquoted, as the examples write it; any other spelling as text.
      const date = field("copy.date").trim();
      return /^\d{4}-\d{2}-\d{2}$/.test(date) ? [`date: ${date}`] : emitEntry("date", date);
    }
    default:
      return emitEntry(sub, field(`${key}.${sub}`), NUMERIC_KEYS.has(sub) || sub === "copies");
  }
}

/** The whole of `details`, `marks` or `copy` from its fields, in order; [] when every field is empty. */
function emitEntries(key) {
  const order = subOrder(key);
  if (key === "copy" && !form.elements["copy.kind"].value) return [];
  const lines = order.flatMap((sub) => indented(emitSubKey(key, sub), 2));
  return lines.length ? [`${key}:`, ...lines] : [];
}

const subOrder = (key) => (typeof ENTRY_ORDER[key] === "function" ? ENTRY_ORDER[key]() : ENTRY_ORDER[key]);

/** The lines of YAML for one top-level key from the form's fields; [] leaves an optional key out. */
function emitKey(key) {
  const field = (name) => form.elements[name].value;
  const list = (name, items) => items.length ? [`${name}:`, ...items.map((item) => `  - ${emitScalar(item)}`)] : [];
  switch (key) {
    case "issuer": {
      const names = linesOf(field("issuer.name"));
      const out = ["issuer:"];
      if (field("issuer.parent").trim()) out.push(`  parent: ${emitScalar(field("issuer.parent").trim())}`);
      out.push(`  name: ${emitLines(names)}`);
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
    case "signer":
      return ["signer:", ...indented(emitSigner(field("signer.authority"), field("signer.title"), field("signer.name")), 2)];
    case "authority": {
      const lines = linesOf(field("authority"));
      return lines.length ? [`authority: ${emitLines(lines)}`] : [];
    }
    case "proposal":
      return emitEntry("proposal", field("proposal").replace(/\n/g, " "));
    case "signers": {
      const groups = [...form.querySelectorAll("#signers-groups fieldset")].map((_, index) =>
        emitSigner(...["authority", "title", "name"].map((part) => field(`signers.${index}.${part}`))));
      return groups.length ? ["signers:", ...groups.flatMap((lines) => lines.map((line, at) => (at ? "    " : "  - ") + line))] : [];
    }
    case "details": case "marks": case "copy":
      return emitEntries(key);
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

/** The entries of a block-style map under a top-level key ({key, start, end}, `end` after its
 *  deeper lines) and their indent; null when the value is written another way (a flow map). */
function entriesOf(lines, block) {
  const first = lines[block.start];
  if (stripComment(first.slice(first.indexOf(":") + 1)).trim() !== "") return null;
  const entries = [];
  let indent = null;
  for (let i = block.start + 1; i < block.end; i++) {
    const line = lines[i];
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    indent ??= indentOf(line);
    if (indentOf(line) === indent) {
      const match = /^\s*([\w$-]+)\s*:(?:\s|$)/.exec(line);
      if (!match) return null;
      entries.push({ key: match[1], start: i, end: i + 1 });
    } else if (indentOf(line) > indent && entries.length) {
      entries[entries.length - 1].end = i + 1;
    } else {
      return null;
    }
  }
  return { entries, indent: indent ?? 2 };
}

/** The text with one entry of `details`, `marks` or `copy` replaced, added after the previous
 *  one present, or removed; the other entries, their comments and order stay as written. */
function replaceSubKey(text, key, sub) {
  const lines = text.split("\n");
  const block = topLevelBlocks(lines).find((b) => b.key === key);
  const map = block && entriesOf(lines, block);
  if (!map) return replaceKey(text, key, emitEntries(key));   // new, or written another way: the whole key
  const newLines = indented(emitSubKey(key, sub), map.indent);
  const entry = map.entries.find((e) => e.key === sub);
  if (entry) {
    if (!newLines.length && map.entries.length === 1) return replaceKey(text, key, []);   // its last entry
    lines.splice(entry.start, entry.end - entry.start, ...newLines);
  } else if (newLines.length) {
    const order = subOrder(key);
    const before = order.slice(0, order.indexOf(sub)).reverse().map((k) => map.entries.find((e) => e.key === k)).find(Boolean);
    lines.splice(before ? before.end : block.start + 1, 0, ...newLines);
  }
  return lines.join("\n");
}

// ---- Form ↔ text --------------------------------------------------------------------------

const asLines = (value) => (Array.isArray(value) ? value.join("\n") : value ?? "");

function fillForm() {
  const { values, unreadable } = readFormKeys(yamlArea.value);
  const set = (name, value) => {
    const field = form.elements[name];
    // A select shows a word it does not list as written ("khẩn": the input takes any case).
    if (field.tagName === "SELECT" && value && ![...field.options].some((option) => option.value === value)) {
      field.append(new Option(value, value));
    }
    field.value = value ?? "";
  };
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
  set("authority", asLines(values.authority)); set("proposal", values.proposal);
  const marks = values.marks ?? {};
  for (const name of ["secrecy", "urgency", "circulation", "typist", "copies"]) set(`marks.${name}`, marks[name]);
  set("marks.footer", asLines(marks.footer));
  const copy = values.copy ?? {};
  for (const name of ["kind", "number", "symbol", "place", "date"]) set(`copy.${name}`, copy[name]);
  set("copy.issuer", asLines(copy.issuer)); set("copy.recipients", asLines(copy.recipients));
  const copySigner = copy.signer ?? {};
  set("copy.signer.authority", copySigner.authority); set("copy.signer.title", asLines(copySigner.title));
  set("copy.signer.name", copySigner.name);
  applyForm(values);
  leaveToText(unreadable);
}

/** The keys of the text the form leaves to the text mode: the fields of those it cannot show
 *  are disabled (writing them would lose what they hold), and the note names them and those
 *  the document's form does not print (kept as written). */
function leaveToText(unreadable) {
  const locked = new Set(unreadable);
  for (const element of form.querySelectorAll("[data-key]")) element.disabled = locked.has(element.dataset.key);
  const present = topLevelBlocks(yamlArea.value.split("\n")).map((block) => block.key);
  const unshown = FORM_KEYS.filter((key) => present.includes(key) && !currentForm.keys.includes(key) && !locked.has(key));
  const notes = [];
  if (locked.size) notes.push(`Các mục ${[...locked].join(", ")} có cấu trúc mà biểu mẫu không hiển thị được (bảng, khối…): hãy sửa ở chế độ Văn bản YAML.`);
  if (unshown.length) notes.push(`Mẫu ${currentForm.type || "văn bản"} không có các mục ${unshown.join(", ")}: chúng được giữ nguyên, sửa ở chế độ Văn bản YAML.`);
  $("form-note").hidden = notes.length === 0;
  $("form-note").textContent = notes.join(" ");
}

// ---- The form's own fields, from GET /v1/forms -------------------------------------------------

/** The form of a tên loại as written: case, spaces and the tone's place in "thoả"/"uỷ" do not matter. */
function formOf(type) {
  const normal = (text) => (text ?? "").normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).join(" ")
    .replace(/thoả/g, "thỏa").replace(/uỷ/g, "ủy");
  return catalogue.forms.find((entry) => normal(entry.type) === normal(type)) ?? catalogue.other;
}

/** Shows the fields the document's form reads and hides the others; builds the fixed lines' and
 *  the signers' fields when the form changes, with the text's values. */
function applyForm(values) {
  const next = formOf(values.type);
  const changed = currentForm?.type !== next.type || currentForm?.model !== next.model;
  currentForm = next;
  for (const element of form.querySelectorAll("[data-shows]")) element.hidden = !next.keys.includes(element.dataset.shows);
  $("details-form").textContent = next.details.length ? `(${next.type}, Mẫu ${next.model})` : "";
  if (changed || $("details-fields").children.length !== next.details.length) buildDetails(next.details);
  const details = isMap(values.details) ? values.details : {};
  for (const field of $("details-fields").querySelectorAll("textarea")) {
    field.value = details[field.dataset.sub] ?? "";
    field.rows = Math.max(1, field.value.split("\n").length);
  }
  const signers = Array.isArray(values.signers) ? values.signers : [];
  buildSigners(Math.min(2, Math.max(signers.length, next.keys.includes("signers") ? 2 : 1)));
  signers.forEach((signer, index) => {
    for (const part of ["authority", "title", "name"]) form.elements[`signers.${index}.${part}`].value = asLines(signer[part] ?? "");
  });
  $("copy-fields").hidden = !form.elements["copy.kind"].value;
}

function buildDetails(details) {
  $("details-fields").replaceChildren(...details.map((detail) => {
    const label = document.createElement("label");
    const line = document.createElement("span");
    line.className = "note";
    line.textContent = `(dòng in: ${detail.line})`;
    const field = document.createElement("textarea");
    Object.assign(field, { name: `details.${detail.key}`, rows: 1, placeholder: detail.default ?? "" });
    Object.assign(field.dataset, { key: "details", sub: detail.key });
    label.append(`${detail.label} `, line, field);
    return label;
  }));
}

const SIGNER_PLACES = ["Người ký thứ nhất (bên trái)", "Người ký thứ hai (bên phải)"];

function buildSigners(count) {
  const groups = $("signers-groups");
  while (groups.children.length > count) groups.lastElementChild.remove();
  while (groups.children.length < count) {
    const index = groups.children.length;
    const group = document.createElement("fieldset");
    group.className = "signer-group";
    const legend = document.createElement("legend");
    legend.textContent = SIGNER_PLACES[index];
    group.append(legend);
    for (const [part, text] of [["authority", "Quyền hạn người ký"], ["title", "Chức vụ (mỗi dòng một dòng in)"], ["name", "Họ và tên"]]) {
      const label = document.createElement("label");
      const field = document.createElement(part === "title" ? "textarea" : "input");
      field.name = `signers.${index}.${part}`;
      if (part === "title") field.rows = 1;
      field.dataset.key = "signers";
      label.append(`${text} `, field);
      group.append(label);
    }
    const remove = document.createElement("button");
    Object.assign(remove, { type: "button", className: "remove", textContent: "Bỏ người ký này" });
    remove.setAttribute("aria-label", `Bỏ ${SIGNER_PLACES[index].toLowerCase()}`);
    remove.dataset.key = "signers";
    remove.addEventListener("click", () => removeSigner(index));
    group.append(remove);
    groups.append(group);
  }
  for (const remove of groups.querySelectorAll("button.remove")) remove.hidden = count < 2;
  $("signers-add").hidden = count >= 2;
}

function removeSigner(index) {
  const kept = [0, 1].filter((i) => i !== index && form.elements[`signers.${i}.name`])
    .map((i) => ["authority", "title", "name"].map((part) => form.elements[`signers.${i}.${part}`].value));
  buildSigners(0);
  buildSigners(Math.max(1, kept.length));
  kept.forEach((parts, i) => parts.forEach((value, at) => { form.elements[`signers.${i}.${["authority", "title", "name"][at]}`].value = value; }));
  writeKey("signers");
  $("signers-add").focus();
}

$("signers-add").addEventListener("click", () => {
  buildSigners($("signers-groups").children.length + 1);
  form.elements["signers.1.title"].focus();
});

/** Writes one field's key (or its entry) back into the text and refreshes the preview. */
function writeKey(key, sub) {
  let text = yamlArea.value;
  if (key === "copy" && sub === "kind") {
    $("copy-fields").hidden = !form.elements["copy.kind"].value;
    text = form.elements["copy.kind"].value ? replaceSubKey(text, key, sub) : replaceKey(text, "copy", []);
  } else if (ENTRY_ORDER[key] && sub) {
    text = replaceSubKey(text, key, sub);
  } else {
    text = replaceKey(text, key, emitKey(key));
  }
  yamlArea.value = text;
  // Another tên loại may be another form: show its fields (the values of the others stay as typed).
  if (key === "type") {
    const { values, unreadable } = readFormKeys(text);
    applyForm(values);
    leaveToText(unreadable);
  }
  schedulePreview();
}

function fieldEdited(event) {
  const { key, sub } = event.target.dataset;
  if (key) writeKey(key, sub);
}
form.addEventListener("input", fieldEdited);
// A select chosen without typing may report only "change" (WebDriver, some assistive tools);
// writing a key twice gives the same text.
form.addEventListener("change", (event) => { if (event.target.tagName === "SELECT") fieldEdited(event); });
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
      if (field && !field.disabled && field.offsetParent !== null) { field.focus(); field.scrollIntoView({ block: "center" }); return; }
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

/** The marks' and the copy's choices, from the words the input accepts. */
function fillChoices() {
  const choices = [["marks.secrecy", catalogue.marks.secrecy, "— không —"], ["marks.urgency", catalogue.marks.urgency, "— không —"],
                   ["marks.circulation", catalogue.marks.circulation, "— không —"],
                   ["copy.kind", catalogue.copyKinds, "— không phải bản sao —"]];
  for (const [name, words, none] of choices) {
    form.elements[name].replaceChildren(new Option(none, ""), ...words.map((word) => new Option(word, word)));
  }
}

(async function start() {
  catalogue = await (await fetch("/v1/forms")).json();
  fillChoices();
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
