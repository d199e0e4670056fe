"""Prints the text lines of a PDF as JSON, as a reader sees them: for each line its page, text,
font size, left and right edges and baseline in points from the page's top-left corner, and
whether its characters are bold (the embedded font's name says Bold).

usage: lines.py IN.pdf

Words are grouped into a line when they share a baseline within 0.5 pt and a font weight run;
a line is split where a weight changes, so "Điều 1." (bold) and its text (regular) come out as
two lines on one baseline.
"""
import json
import sys

import pdfplumber


def main():
    out = []
    with pdfplumber.open(sys.argv[1]) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            chars = sorted(page.chars, key=lambda c: (round(c["y1"] - c["size"] * 0.0, 1), c["x0"]))
            runs = []
            for char in sorted(page.chars, key=lambda c: (round(page.height - c["y0"], 0), c["x0"])):
                bold = "Bold" in char["fontname"]
                baseline = page.height - char["y0"]
                last = runs[-1] if runs else None
                if last and abs(last["baseline"] - baseline) < 0.5 and last["bold"] == bold and char["x0"] - last["x1"] < 8:
                    last["text"] += char["text"]
                    last["x1"] = char["x1"]
                else:
                    runs.append({"page": number, "text": char["text"], "size": round(char["size"], 2), "bold": bold,
                                 "italic": "Italic" in char["fontname"], "x0": char["x0"], "x1": char["x1"],
                                 "baseline": baseline})
            for run in runs:
                run["text"] = run["text"].strip()
                run["x0"], run["x1"], run["baseline"] = round(run["x0"], 2), round(run["x1"], 2), round(run["baseline"], 2)
            out += [run for run in runs if run["text"]]
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
