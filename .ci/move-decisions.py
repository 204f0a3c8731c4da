#!/usr/bin/env python3
"""Mechanical part 2 of the Decisions move: fix usings after the git mv + namespace sed. Run from the repo root."""
import os, re, subprocess
moved = ["DecisionChainBuilder", "DecisionChain", "DecisionNode", "CheckNode", "EmitNode", "EndNode", "DecisionTree", "DecisionOutcome", "Verdict"]
moved_re = re.compile(r"\b(" + "|".join(moved) + r")\b")
# public/internal type names still in namespace TaiSupport.Core.Escalation
esc_types = set()
for f in os.listdir("src/TaiSupport.Core/Escalation"):
    if f.endswith(".cs"):
        for m in re.finditer(r"^(?:public|internal)\s+(?:sealed\s+|static\s+|abstract\s+|readonly\s+|partial\s+)*(?:class|record|struct|enum|interface|record struct)\s+(\w+)", open(os.path.join("src/TaiSupport.Core/Escalation", f)).read(), re.M):
            esc_types.add(m.group(1))
esc_re = re.compile(r"\b(" + "|".join(sorted(esc_types)) + r")\b")
files = subprocess.run(["git", "ls-files", "*.cs"], capture_output=True, text=True).stdout.split()
for path in files:
    if path.startswith("src/TaiSupport.Core/Decisions/"):
        continue
    s = open(path).read()
    orig = s
    s = re.sub(r"TaiSupport\.Core\.Escalation\.(" + "|".join(moved) + r")\b", r"TaiSupport.Core.Decisions.\1", s)
    body = re.sub(r"^using .*$", "", s, flags=re.M)
    body_nocomment = body
    in_esc_ns = re.search(r"^namespace TaiSupport\.Core\.Escalation\b", s, re.M) is not None
    uses_moved = moved_re.search(re.sub(r"TaiSupport\.Core\.Decisions\.\w+", "", body_nocomment)) is not None
    has_dec = re.search(r"^using TaiSupport\.Core\.Decisions;$", s, re.M) is not None
    in_dec_ns = re.search(r"^namespace TaiSupport\.Core\.Decisions\b", s, re.M) is not None
    if uses_moved and not has_dec and not in_dec_ns and (in_esc_ns or re.search(r"^using TaiSupport\.Core\.Escalation;$", s, re.M)):
        usings = list(re.finditer(r"^using [^\n]*;$", s, re.M))
        if usings:
            # insert in sorted position among TaiSupport usings
            lines = s.split("\n")
            idx = [i for i, l in enumerate(lines) if l.startswith("using ") and l.endswith(";") and "=" not in l]
            ins = None
            for i in idx:
                if lines[i] > "using TaiSupport.Core.Decisions;" and lines[i].startswith("using TaiSupport"):
                    ins = i; break
            if ins is None:
                ins = idx[-1] + 1
            lines.insert(ins, "using TaiSupport.Core.Decisions;")
            s = "\n".join(lines)
        else:
            s = "using TaiSupport.Core.Decisions;\n\n" + s if not s.startswith("//") else s.replace("\nnamespace", "\nusing TaiSupport.Core.Decisions;\n\nnamespace", 1)
    if re.search(r"^using TaiSupport\.Core\.Escalation;$", s, re.M) and not in_esc_ns:
        if not esc_re.search(body):
            s = re.sub(r"^using TaiSupport\.Core\.Escalation;\n", "", s, flags=re.M)
    if s != orig:
        open(path, "w").write(s)
        print("fixed", path)
