#!/usr/bin/env python3
"""Work on a Qt Linguist .ts file in chunks (docs/translations.md).

  ts-tool.py export TS [--limit N] [--offset N]   unfinished messages, one per line: ID<TAB>SOURCE
  ts-tool.py import TS FILE...                    lines ID<TAB>TRANSLATION fill the messages of that source
  ts-tool.py stats TS                             how many messages, how many unfinished

One ID stands for one source text in every context (the same words are translated the same way everywhere);
ID@CONTEXT (e.g. 98ea3e4@tp::PlanWorkflow) translates it in that context only, where the same words need other
English (a state "Submitted for approval", a button "Submit for Approval").
Newlines are written \\n, tabs \\t and backslashes \\\\ on both sides. A numerus message (%n) takes its forms
separated by " ||| " (English: singular ||| plural). Blank lines and lines starting with # are ignored.
Run lupdate afterwards (scripts/update-translations.sh) to write the file in lupdate's own layout.
"""
import hashlib
import sys
import xml.etree.ElementTree as ET


def key(source):
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:7]


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def unfinished(message):
    t = message.find("translation")
    return t is not None and t.get("type") == "unfinished"


def export(path, limit, offset):
    root = ET.parse(path).getroot()
    seen, rows = set(), []
    for _, m in messages(root):
        source = m.findtext("source") or ""
        if unfinished(m) and source not in seen:
            seen.add(source)
            rows.append((key(source), source, m.get("numerus") == "yes"))
    for k, source, numerus in rows[offset : offset + limit if limit else None]:
        print(f"{k}\t{'[n] ' if numerus else ''}{escape(source)}")


def import_(path, files):
    tree = ET.parse(path)
    root = tree.getroot()
    translations = {}
    for f in files:
        for line in open(f, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            k, sep, text = line.partition("\t")
            if not sep:
                sys.exit(f"{f}: no tab in line: {line}")
            translations[k.strip()] = unescape(text)
    used = set()
    for context, m in messages(root):
        source = m.findtext("source") or ""
        k = key(source)
        if f"{k}@{context}" in translations:
            k = f"{k}@{context}"
        elif k not in translations:
            continue
        used.add(k)
        t = m.find("translation")
        for child in list(t):
            t.remove(child)
        t.text = None
        if m.get("numerus") == "yes":
            # " ||| " between the forms; spaces a form starts or ends with are its own (a leading gap).
            forms = translations[k].split(" ||| ")
            for form in forms:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = translations[k]
        t.attrib.pop("type", None)
    missing = set(translations) - used
    for k in sorted(missing):
        print(f"not in {path}: {k}", file=sys.stderr)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{len(used)} sources translated")


def stats(path):
    root = ET.parse(path).getroot()
    total = left = 0
    for _, m in messages(root):
        total += 1
        left += unfinished(m)
    print(f"{total} messages, {left} unfinished")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    command, path = argv[1], argv[2]
    if command == "export":
        limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 0
        offset = int(argv[argv.index("--offset") + 1]) if "--offset" in argv else 0
        export(path, limit, offset)
    elif command == "import":
        import_(path, argv[3:])
    elif command == "stats":
        stats(path)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
