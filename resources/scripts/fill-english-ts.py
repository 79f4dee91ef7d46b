#!/usr/bin/env python3
"""Completes translations/guichet_en.ts after `cmake --build BUILD --target update_translations`.

English is the source language: each message translates to itself, and plural ("numerus")
messages get their English forms from the "(s)" convention of the source text
("%n day(s)" -> "%n day", "%n days"). Usage: fill-english-ts.py translations/guichet_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def plural_forms(source):
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read()
        text = re.sub(r"^<\?xml[^>]*\?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', text)
        f.seek(0)
        f.write(text)
        f.truncate()


if __name__ == "__main__":
    main(sys.argv[1])
