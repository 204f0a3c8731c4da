#!/usr/bin/env python3
"""Fix usings after moving types between namespaces of TaiSupport.Core (run from the repo root, after git mv + the
namespace sed). Usage: move-types.py OLD_NS NEW_NS NEW_FOLDER Type1 Type2 ...
Adds `using TaiSupport.Core.NEW;` where a moved type is used by a file that could see OLD (a `using OLD;` or inside
OLD), and drops a `using TaiSupport.Core.OLD;` that no longer names any type of OLD. Rewrites qualified names."""
import os, re, subprocess, sys
old_ns, new_ns, new_folder, moved = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
old_folder = old_ns.split(".")[-1]
moved_re = re.compile(r"\b(" + "|".join(moved) + r")\b")
old_types = set()
for f in os.listdir(f"src/TaiSupport.Core/{old_folder}"):
    if f.endswith(".cs"):
        for m in re.finditer(r"^(?:public|internal)\s+(?:sealed\s+|static\s+|abstract\s+|readonly\s+|partial\s+)*(?:class|record|struct|enum|interface|record struct)\s+(\w+)", open(os.path.join(f"src/TaiSupport.Core/{old_folder}", f)).read(), re.M):
            old_types.add(m.group(1))
old_re = re.compile(r"\b(" + "|".join(sorted(old_types)) + r")\b") if old_types else None
use_old = f"using {old_ns};"
use_new = f"using {new_ns};"
files = subprocess.run(["git", "ls-files", "*.cs"], capture_output=True, text=True).stdout.split()
for path in files:
    if path.startswith(f"src/TaiSupport.Core/{new_folder}/") and path.split("/")[-1].replace(".cs", "") in moved:
        continue
    s = open(path).read()
    orig = s
    s = re.sub(r"\b(TaiSupport\.)?Core\." + re.escape(old_folder) + r"\.(" + "|".join(moved) + r")\b",
               lambda m: (m.group(1) or "") + "Core." + new_ns.split(".")[-1] + "." + m.group(2), s)
    body = re.sub(r"^using [^=\n]*;$", "", s, flags=re.M)
    in_old = re.search(r"^namespace " + re.escape(old_ns) + r";", s, re.M) is not None
    in_new = re.search(r"^namespace " + re.escape(new_ns) + r";", s, re.M) is not None
    uses_moved = moved_re.search(re.sub(r"Core\.\w+\.\w+", "", body)) is not None
    has_new = re.search("^" + re.escape(use_new) + "$", s, re.M) is not None
    has_old = re.search("^" + re.escape(use_old) + "$", s, re.M) is not None
    if uses_moved and not has_new and not in_new and (in_old or has_old):
        lines = s.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith("using ") and l.endswith(";") and "=" not in l]
        if idx:
            ins = next((i for i in idx if lines[i] > use_new and lines[i].startswith("using TaiSupport")), idx[-1] + 1)
            lines.insert(ins, use_new)
            s = "\n".join(lines)
        else:
            s = re.sub(r"^namespace ", use_new + "\n\nnamespace ", s, count=1, flags=re.M)
    if has_old and not in_old and (old_re is None or not old_re.search(body)):
        s = re.sub("^" + re.escape(use_old) + r"\n", "", s, flags=re.M)
    if s != orig:
        open(path, "w").write(s)
        print("fixed", path)
