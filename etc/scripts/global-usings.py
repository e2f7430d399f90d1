#!/usr/bin/env python3
"""Move the using directives that most files of a project repeat into that project's GlobalUsings.cs.
Usage: etc/scripts/global-usings.py [repo-root (.)] [min_files (4)] [exclude-ns ... (MiniExcelLibs)]
Only top-of-file `using A.B;` lines (before the namespace line) are touched; aliases, statics, generated migrations,
bin/obj are left alone."""
import os, re, sys, collections
root = sys.argv[1] if len(sys.argv) > 1 else '.'
min_files = int(sys.argv[2]) if len(sys.argv) > 2 else 4
exclude = set(sys.argv[3:]) or {'MiniExcelLibs'}  # MiniExcelLibs.IConfiguration would hide Microsoft's
using_re = re.compile(r'^using ([A-Za-z0-9_.]+);\s*$')
for proj in sorted(os.listdir(os.path.join(root, 'src'))):
    pdir = os.path.join(root, 'src', proj)
    if not os.path.isfile(os.path.join(pdir, proj + '.csproj')): continue
    files = []
    for d, dirs, fs in os.walk(pdir):
        dirs[:] = [x for x in dirs if x not in ('bin', 'obj', 'Migrations', 'node_modules', 'wwwroot')]
        files += [os.path.join(d, f) for f in fs if f.endswith('.cs') and f != 'GlobalUsings.cs']
    heads = {}
    counts = collections.Counter()
    for f in files:
        lines = open(f, encoding='utf-8-sig').read().split('\n')
        usings = []
        for i, l in enumerate(lines):
            if l.startswith('namespace ') or l.startswith('[assembly') or l.startswith('public ') or l.startswith('internal ') or l.startswith('file '):
                break
            m = using_re.match(l)
            if m: usings.append((i, m.group(1)))
        heads[f] = (lines, usings)
        counts.update({ns for _, ns in usings})
    gpath = os.path.join(pdir, 'GlobalUsings.cs')
    existing = set()
    if os.path.exists(gpath):
        existing = {l[len('global using '):-1] for l in open(gpath).read().split('\n') if l.startswith('global using ')}
    # already global, or now repeated by enough files
    chosen = existing | {ns for ns, c in counts.items() if c >= min_files and ns not in exclude}
    if not chosen: continue
    allg = sorted(chosen, key=lambda n: (not n.startswith('System'), not n.startswith('Microsoft'), n))
    with open(gpath, 'w', encoding='utf-8') as g:
        g.write('// The namespaces most of this project\'s files use (the SDK\'s ImplicitUsings habit, for our own and our libraries\').\n')
        g.write('// A namespace only a few files need stays in those files.\n')
        for n in allg: g.write(f'global using {n};\n')
    removed = 0
    for f, (lines, usings) in heads.items():
        drop = {i for i, ns in usings if ns in chosen}
        if not drop: continue
        new = [l for i, l in enumerate(lines) if i not in drop]
        # no blank line left at the top of the file
        while new and new[0].strip() == '': new.pop(0)
        open(f, 'w', encoding='utf-8').write('\n'.join(new))
        removed += len(drop)
    print(f'{proj}: {len(files)} files, {len(allg)} global usings, {removed} using lines removed')
