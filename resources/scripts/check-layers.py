#!/usr/bin/env python3
"""Fails when a source file includes a layer or a folder above its own.

The layers stack app → ui → model. Inside model/ and ui/, the folders stack in the order below: a
file may include its own folder and the folders listed before it, never one after it (in ui/,
desk/ and supervision/ both stand on common/ and never include each other). Every quoted include
of a model/ or ui/ header names its folder ("desk/CallService.h"); a folder missing from this list
is an error too, so that a new one is placed on purpose. Usage: check-layers.py [REPOSITORY]."""
import os
import re
import sys

MODEL_ORDER = ['core', 'db', 'identity', 'text', 'accounts', 'audit', 'mail', 'portal', 'secrets',
               'profiles', 'agents', 'demo', 'desk', 'supervision']
UI_BELOW = {'common': set(), 'desk': {'common'}, 'supervision': {'common'}}
# What a layer must not include: widgets in model/, SQL in ui/.
FORBIDDEN_QT = {'model': ('QtWidgets', 'QWidget', 'QApplication', 'QDialog', 'QMainWindow', 'QLabel',
                          'QPushButton', 'QLineEdit', 'QMessageBox'),
                'ui': ('QSql', 'QtSql')}

INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)
UI_HEADER = re.compile(r'<header>([^<]+)</header>')


def headers(root, layer):
    """Header file name → its folder, for every header under root/layer."""
    found = {}
    for directory, _, files in os.walk(os.path.join(root, layer)):
        for name in files:
            if name.endswith('.h'):
                found[name] = os.path.relpath(directory, os.path.join(root, layer))
    return found


def allowed(layer, folder, target_layer, target_folder):
    if layer == 'model':
        return (target_layer == 'model' and folder in MODEL_ORDER and target_folder in MODEL_ORDER
                and MODEL_ORDER.index(target_folder) <= MODEL_ORDER.index(folder))
    if layer == 'ui':
        if target_layer == 'model':
            return True
        return target_layer == 'ui' and (target_folder == folder or target_folder in UI_BELOW.get(folder, set()))
    return True  # app/, tests/ and bench/ stand on everything


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')
    model = headers(root, 'model')
    ui = headers(root, 'ui')
    problems = []
    for name in sorted(set(model) & set(ui)):
        problems.append(f'{name} is in model/ and in ui/: an include naming it would be ambiguous')
    for layer, found, known in (('model', model, set(MODEL_ORDER)), ('ui', ui, set(UI_BELOW))):
        for folder in sorted(set(found.values())):
            if folder not in known:
                problems.append(f"{layer}/{folder}/ is not placed in check-layers.py's order")

    def check(where, layer, folder, target):
        base = os.path.basename(target)
        prefix = os.path.dirname(target)
        if base in model and prefix == model[base]:
            target_layer, target_folder = 'model', model[base]
        elif base in ui and prefix == ui[base]:
            target_layer, target_folder = 'ui', ui[base]
        elif base in model or base in ui:
            problems.append(f'{where}: "{target}" must name its folder')
            return
        else:
            return  # generated (ui_*.h), a test's own helpers, the app's own headers
        if not allowed(layer, folder, target_layer, target_folder):
            problems.append(f'{where}: includes {target_layer}/{target}, which stands above {layer}/{folder}/')

    for layer in ('model', 'ui', 'app', 'tests', 'bench'):
        for directory, _, files in os.walk(os.path.join(root, layer)):
            folder = os.path.relpath(directory, os.path.join(root, layer))
            for name in sorted(files):
                path = os.path.join(directory, name)
                where = os.path.relpath(path, root)
                if name.endswith('.ui'):
                    with open(path, encoding='utf-8') as form:
                        for target in UI_HEADER.findall(form.read()):
                            check(where, layer, folder, target)
                    continue
                if not name.endswith(('.h', '.cpp')):
                    continue
                with open(path, encoding='utf-8') as source:
                    text = source.read()
                for kind, target in INCLUDE.findall(text):
                    if kind == '<':
                        if target.startswith(FORBIDDEN_QT.get(layer, ())):
                            problems.append(f'{where}: <{target}> does not belong in {layer}/')
                        continue
                    check(where, layer, folder, target)
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} layering problem(s)')
        return 1
    print('layers hold: app → ui → model; model/: ' + ' → '.join(MODEL_ORDER) + '; ui/: common → desk, supervision')
    return 0


if __name__ == '__main__':
    sys.exit(main())
