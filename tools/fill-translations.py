#!/usr/bin/env python3
"""Fills vigie_en.ts (translation = source) and vigie_fr.ts (from fr/*.json)."""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

folder = sys.argv[1]
french = {}
for path in sorted(glob.glob(os.path.join(folder, "fr", "*.json"))):
    with open(path, encoding="utf-8") as f:
        for key, value in json.load(f).items():
            if key in french and french[key] != value:
                print(f"{path}: conflicting French for {key!r}", file=sys.stderr)
            french[key] = value


def fill(ts_path, lookup):
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            continue
        value = lookup(source)
        if value is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def english(source):
    # "%n item(s)" -> ["%n item", "%n items"]; other strings are their own translation.
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return source


fill(os.path.join(folder, "vigie_en.ts"), english)
missing = fill(os.path.join(folder, "vigie_fr.ts"), lambda s: french.get(s))
for s in missing:
    print(f"missing French: {s!r}")
if missing:
    print(f"{len(missing)} French strings missing: add them to {folder}/fr/<area>.json", file=sys.stderr)
