#!/usr/bin/env python3
"""Issue 12's renames of public types, C# identifiers only (not JSON field names, strings, comments or ASP.NET's Route):

    TaiSupport.Core.Tickets.Route        -> TicketRoute
    TaiSupport.Core.Escalation.TeamMember -> AssignableAgent
    TaiSupport.Core.OnCall.TeamMember     -> OnCallMember

Run from the repository root: `python3 tools/rename-12.py` (idempotent; prints the files it changed). It rewrites
*.cs under src, tests, samples and benchmarks, the ```csharp blocks of README.md and docs/*.md, the PublicAPI files,
and renames the files that declare the types. String literals and comments are left alone, except XML-doc crefs.
`Route` is renamed only where it is the type: `Route.Member`, `Route name` declarations, generic arguments, casts and
typeof; the method `TicketTriage.Route`, the property `TriageResult.Route` and every `.Route` member stay.
A `TeamMember` is an Escalation one or an OnCall one by the file's folder or its usings.
"""
import os
import re
import sys

ROOTS = ["src", "tests", "samples", "benchmarks"]

ROUTE_TYPE = [
    re.compile(r"(?<![.\w])Route(?=\.[A-Z])"),                          # Route.ChurnEscalation
    re.compile(r"(?<![.\w])Route(?=\??\s+@?[A-Za-z_]\w*\s*[,)=;{:\]])"),  # Route route, Route? x = …, Route Route {
    re.compile(r"(?<=[<(,\[]\s)Route(?=\s*[>,)\]?])|(?<=[<(\[])Route(?=\s*[>,)\]?])"),  # <Route>, (Route), typeof(Route)
    re.compile(r"(?<![.\w])Route(?=\?\s*[>,)\]])"),                       # Route? in generics
    re.compile(r"(?<=\bTickets\.)Route\b"),                               # TaiSupport.Core.Tickets.Route
    re.compile(r"(?<=\benum )Route\b"),                                   # the declaration
]
NOT_TYPE_BEFORE = re.compile(r"(nameof\(|\bpublic\s+RoutingDecision\s+|\bstatic\s+RoutingDecision\s+)$")


def split_code(text):
    """Yields (is_code, chunk): code outside strings/comments; XML-doc comments are yielded as code for crefs only."""
    i, n, start = 0, len(text), 0
    out = []
    while i < n:
        c = text[i]
        if text.startswith("///", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append((True, text[start:i]))
            out.append(("doc", text[i:j]))
            i = start = j
            continue
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append((True, text[start:i]))
            out.append((False, text[i:j]))
            i = start = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append((True, text[start:i]))
            out.append((False, text[i:j]))
            i = start = j
            continue
        m = re.match(r'(\$*)("""+)', text[i:])
        if m:
            quotes = m.group(2)
            j = text.find(quotes, i + len(m.group(0)))
            j = n if j < 0 else j + len(quotes)
            out.append((True, text[start:i]))
            out.append((False, text[i:j]))
            i = start = j
            continue
        if c == '"' or (c in "@$" and i + 1 < n and text[i + 1] in '"@$'):
            k = i
            verbatim = False
            while k < n and text[k] in "@$":
                verbatim |= text[k] == "@"
                k += 1
            if k < n and text[k] == '"':
                k += 1
                while k < n:
                    if verbatim and text[k] == '"' and k + 1 < n and text[k + 1] == '"':
                        k += 2
                        continue
                    if not verbatim and text[k] == "\\":
                        k += 2
                        continue
                    if text[k] == '"':
                        k += 1
                        break
                    if not verbatim and text[k] == "\n":
                        break
                    k += 1
                out.append((True, text[start:i]))
                out.append((False, text[i:k]))
                i = start = k
                continue
        if c == "'":
            m = re.match(r"'(\\.|[^'\\])'", text[i:])
            if m:
                out.append((True, text[start:i]))
                out.append((False, m.group(0)))
                i = start = i + len(m.group(0))
                continue
        i += 1
    out.append((True, text[start:]))
    return out


def member_kind(path, text):
    p = path.replace("\\", "/")
    if "/OnCall/" in p:
        return "OnCallMember"
    if "/Escalation/" in p:
        return "AssignableAgent"
    on_call = "using TaiSupport.Core.OnCall;" in text or "namespace TaiSupport.Core.OnCall" in text
    escalation = "using TaiSupport.Core.Escalation;" in text or "namespace TaiSupport.Core.Escalation" in text
    if on_call and not escalation:
        return "OnCallMember"
    if escalation and not on_call:
        return "AssignableAgent"
    return None


def rename_route(code):
    def one(pattern, s):
        def sub(m):
            if NOT_TYPE_BEFORE.search(s[: m.start()][-40:]):
                return m.group(0)
            return "TicketRoute"
        return pattern.sub(sub, s)
    for pattern in ROUTE_TYPE:
        code = one(pattern, code)
    return code


def rename_members(code, kind):
    code = re.sub(r"(?<=\bOnCall\.)TeamMember\b", "OnCallMember", code)
    code = re.sub(r"(?<=\bEscalation\.)TeamMember\b", "AssignableAgent", code)
    if kind:
        code = re.sub(r"(?<![.\w])TeamMember\b", kind, code)
    return code


def rename_doc(line, kind):
    def cref(m):
        value = m.group(1)
        value = re.sub(r"(?<=Tickets\.)Route\b", "TicketRoute", value)
        value = re.sub(r"^Route(?=$|\.[A-Z])", "TicketRoute", value)
        value = rename_members(value, kind)
        return f'cref="{value}"'
    return re.sub(r'cref="([^"]*)"', cref, line)


def rewrite_cs(text, path):
    # An alias that hid the clash with ASP.NET's Route is no longer needed under the new name.
    text = re.sub(r"^using Route = TaiSupport\.Core\.Tickets\.Route;$", "using TicketRoute = TaiSupport.Core.Tickets.TicketRoute;", text, flags=re.M)
    kind = member_kind(path, text)
    parts = []
    for is_code, chunk in split_code(text):
        if is_code == "doc":
            parts.append(rename_doc(chunk, kind))
        elif is_code:
            parts.append(rename_members(rename_route(chunk), kind))
        else:
            parts.append(chunk)
    return "".join(parts)


def rewrite_markdown(text, path):
    def block(m):
        return m.group(1) + rewrite_cs(m.group(2), path) + m.group(3)
    return re.sub(r"(```(?:csharp|cs|c#)\n)(.*?)(\n```)", block, text, flags=re.S)


def rewrite_api(text):
    text = re.sub(r"\bTaiSupport\.Core\.Tickets\.Route\b", "TaiSupport.Core.Tickets.TicketRoute", text)
    text = re.sub(r"\bTaiSupport\.Core\.Escalation\.TeamMember\b", "TaiSupport.Core.Escalation.AssignableAgent", text)
    return re.sub(r"\bTaiSupport\.Core\.OnCall\.TeamMember\b", "TaiSupport.Core.OnCall.OnCallMember", text)


def main():
    changed = []
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in ("bin", "obj", "node_modules", "BenchmarkDotNet.Artifacts")]
            for name in files:
                path = os.path.join(folder, name)
                if name.endswith(".cs"):
                    rewrite = lambda t, p=path: rewrite_cs(t, p)
                elif name in ("PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"):
                    rewrite = rewrite_api
                else:
                    continue
                text = open(path, encoding="utf-8").read()
                new = rewrite(text)
                if new != text:
                    open(path, "w", encoding="utf-8").write(new)
                    changed.append(path)
    pages = ["README.md", "src/TaiSupport.Core/PACKAGE.md"] + sorted(os.path.join("docs", f) for f in os.listdir("docs") if f.endswith(".md"))
    for path in pages:
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        new = rewrite_markdown(text, path)
        if new != text:
            open(path, "w", encoding="utf-8").write(new)
            changed.append(path)
    for old, new in [("src/TaiSupport.Core/Tickets/Route.cs", "src/TaiSupport.Core/Tickets/TicketRoute.cs"),
                     ("src/TaiSupport.Core/Escalation/TeamMember.cs", "src/TaiSupport.Core/Escalation/AssignableAgent.cs")]:
        if os.path.exists(old) and not os.path.exists(new):
            os.rename(old, new)
            changed.append(f"{old} -> {new}")
    print("\n".join(changed))
    print(f"rename-12: {len(changed)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
