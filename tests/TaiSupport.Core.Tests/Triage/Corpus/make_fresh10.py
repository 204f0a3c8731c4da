r"""Tenth unseen ticket set (session 13, helper fresh10): writes tickets-fresh10.jsonl (R001..R150), split "fresh10".

Purpose: an honest measurement, in a later session, of the triage engine (issue 15, item 6 and "Done when": "We will
also run triage on realistic tickets you have not seen; aim for the same figures there") on tickets nobody tuned on.
Run `python3 make_fresh10.py`: for every ticket it takes the facts I read in it (the arguments of T(): what kind of
problem it is, the category, a TAI API error code, billing/account, a feature request as the main ask, a threat to
leave, a legal issue, a security hole, an Enterprise contract change or price negotiation, repeats or inactivity stated
in the text, structured signals), derives priority, route and pages from them under the rules below (label()), checks
the category against the facts, writes tickets-fresh10.jsonl next to itself (UTF-8, "\n" newlines, the keys and value
spellings of the fresh9 line) and prints only the labels' distribution (no engine involved). Each label carries a
one-line reason citing the manual's sections and the D-entries. Written, labelled and committed on its own BEFORE any
engine ran on these tickets. The situations and wording are my own.
This writer differs from the earlier ones on purpose: chat transcripts from the web widget (greeting, turns, footer),
phone calls transcribed turn by turn and agents' call notes, web-form submissions with form fields (a topic and an
urgency the customer picks, which contradict the description on purpose in several tickets), tickets an account
manager forwards on a customer's behalf (with the account manager's own remarks), replies on an old thread that change
topic, subjects that contradict the body, numbers in many spellings (percent, EUR 1.190,00, NOK 150 000, CHF 640.00,
GBP 23,400, USD 1,027, durations like "3 h", "40 min", "five and a half hours", counts), negations ("nothing is
broken", "not blocking", "nobody here is thinking about switching"), past incidents, hypotheticals, workarounds told
in natural language, non-native English with typos, German, Spanish and French passages, shouting; all tiers, all five
channels (email, web, chat, slack, phone), every route, priority, category and page kind; 21 tickets carry structured
signals, labelled per D11; 37 bodies are 600-2,000 characters.

What the writer read (and only this): /work/wt/HELPERS.md; the brief; `issues show 15` (the whole issue); the module
docstring of make_fresh9.py (extracted with Python's ast.get_docstring, nothing after it); the first line of
tickets-fresh9.jsonl (Q001, for the JSON line format); the manual /work/shared/spec/support-operations-manual.md: its
list of headings (`grep -n '^#'`), lines 99-184 (§2.1-§2.3), 413-555 (§4.1-§4.4) and 1170-1208 (quick reference and
final notes); /work/shared/spec/default-policy.md in full (D1-D29). `ls` of the Corpus folder showed file names only;
`grep -c '"id": "R'` on every corpus .jsonl printed only counts, all 0 (no id clash). `git status` and
`git branch --show-current` in my worktree.
Not read: tickets.jsonl and tickets-fresh*.jsonl beyond the one line above, make_corpus.py, make_fresh.py ..
make_fresh8.py, make_fresh9.py after its docstring, anything under src/ (keyword lists, rules, extractor, reader), the
tests' code (TriageCorpus.cs, TicketSignals.cs, TriageRequestJson.cs included), docs/triage-and-escalation.md,
CHANGELOG.md, `git log`.
Disclosure: (1) make_fresh9.py's docstring shows earlier sets' situations and figures: its ticket Q001 (a regulator's
inquiry, printed in full as the format line), fresh8's aggregate figures (68.3 / 72.5 / 84.2 %, false pages 4.2 %), engine
commit titles naming a "PreviousWordIs" word check and a "customer's-own-price check" read by a "clause reader", and
situations of earlier sets (a rule editor whose Save does nothing, HTTP 500 from POST /v1/simulations, simulations stuck
or aborting, a 5xx storm in Slack, an export off by a day or with dates in the wrong format, a rule test panel crashing
on a date condition or returning nothing, invoices in the wrong currency, an editor's autosave, a post-mortem for past
503s); its labelling readings name further situations (a restore that damages rules, another tenant's data in an
export, SSO failing for every user while the API works, a password reset failing for the only admin, a company
dissolved, a CFO's instruction to terminate, a termination clause invoked over an outage, an HTML 502 page from the API,
a code the customer only imagines, a broken docs link, a webhook answered 500 by the customer, an ERP's 404, an import
dropping rows, a report total off by an amount, access kept after SCIM deprovisioning, a price-match request while
staying). (2) Issue 15's "Why" lists examples the engine is already tested on (a 10 % vs 15 % discount, SSO via Okta
as a requirement, the report about a 6-hour outage, "Overcharged - we're losing money on this", 40 % of a catalog gone,
webhooks stopped with no workaround, "would be awesome", "just an idea", "how do I cancel?", a renewal quote while
looking at alternatives). My first draft (never run through any engine, never committed) had tickets close to about
thirty of the situations in (1) and (2); I rewrote each in another situation and other words before the labels were
generated (e.g. a sandbox key used in production instead of a rotated key, a 504 on every call instead of a 502 page,
a removed user's API key instead of SCIM deprovisioning, an IdP certificate upload rejected instead of SSO failing,
SAP IDoc status 51 instead of an ERP 404, a reminder schedule in the wrong time zone instead of an export format).
What remains are the readings' kinds of cases, in my own details: a repeated feature request, TAI evaluating no rule,
a rule or approval step failing so money goes out, cancellations and non-renewals, a whole-app outage shown as a
browser error page, Enterprise contract changes, a 401 from the customer's own key mix-up, a 429 burst. Nothing else
was seen by accident. No engine (tai, triage, the tests, the dump, a report) ran on these tickets before the labels
were committed.
Structured signals: 21 tickets carry a "signals" object (between "body" and "expected") with the names make_fresh9.py's
docstring gives: csat, sameIssueTickets, lastApiCallAt (an ISO-8601 UTC instant; TriageCorpus.Now is 2026-03-02T17:00Z,
so 14+ days is before 2026-02-16T17:00Z), urgent (true), platformImpactPct, apiErrorCode (a JSON number, e.g. 429). I
saw no earlier ticket with signals: the object form follows issue 15's `{"tier":"Professional","signals":
{"platformImpactPct":21}}`; the value types are my assumption (whoever wires this set in should check apiErrorCode's
type against the request reader). They are labelled per D11 as the copied docstring says: platformImpactPct > 20 makes
a mild-sounding ticket Critical (20 exactly does not); a structured apiErrorCode routes even when the text names no
code; CSAT < 5, 14+ days without API calls, 3+ same-issue tickets and an agent's urgent mark are churn risk (route
ChurnEscalation and a VP page when no earlier route wins; only an alert, no page, when engineering, finance or the
feature-request log wins); CSAT 5 or more, a last call 5 days ago and 2 same-issue tickets are no trigger.

Labelling rules: exactly those of make_fresh9.py (which copied make_fresh8.py's, make_fresh7.py's, make_fresh6.py's,
make_fresh5.py's, make_fresh4.py's), copied below verbatim, so the sets compare.
- priority: quick reference "Severity Decision" + D11. Critical = TAI down for the customer (however politely said)
  or the customer is losing money (a business loss, not a TAI invoice error); data loss/corruption of stored data is
  Critical (D16 P1, §4.4 URGENT); a structured platformImpactPct > 20 is Critical (§4.4 URGENT, D11). High = a
  feature broken without workaround; also the floor for legal/security issues (§4.1 Tier 4) and for a customer
  threatening to leave (§4.2/§4.3). Medium = broken with a workaround (retries, manual steps, an older SDK, smaller
  batches, reload, another browser) or degraded performance that still works. Low = cosmetic, docs, how-to,
  questions, hypotheticals, past incidents now over, billing paperwork and billing disputes, feature requests
  (§2.2.1 default LOW). Shouting ("URGENT!!!", capitals) does not raise a cosmetic ticket or a feature request
  (§2.2.1); only an agent's urgent mark (the structured `urgent` signal) counts as urgent.
- category (§2.2.2): Billing = invoices, payments, plans (also "does my plan include X?"), seats, prices, contracts,
  refunds, service credits, account closure; Platform = TAI down/slow as a whole (web app and/or API), stored-data
  loss/corruption, security holes in the platform (access control, leaked secrets, sessions); Integration = API
  usage, API errors and API how-to, SDKs, webhooks, SSO/SCIM, third-party connectors; Feature = a product feature or
  report misbehaving (rule editor, simulations, approvals, exports, notifications, a rule evaluating wrongly), UI
  cosmetics, feature requests; Other = how-to about the web app, docs, thanks, legal letters, RCAs and incident
  questions, compliance paperwork.
- route (§2.1, D12, first match): an error code returned BY THE TAI API (any spelling: "HTTP/1.1 401",
  "error 401", "5xx", "four-oh-three", statusCode=429, "could not parse request body") -> AutoResolve for 401/429/
  malformed JSON, else EngineeringEscalation (an API answering with errors but no code, e.g. GraphQL "errors", counts
  as an API error; a timeout with no answer does not; a 200 OK is not an error); an error page in the web app, a
  code from the customer's own systems, or a code in a past, already fixed incident is not a TAI API error. Then
  billing/account -> Finance; a feature request or enhancement as the main ask -> FeatureRequestLog; Critical or
  churn risk (threat to leave, CSAT < 5, 14+ days without API calls, 3+ tickets on the same issue, an agent's urgent
  mark) -> ChurnEscalation; else StandardSupport.
- pages (sorted; what a correct triage sends): Critical -> oncall, status, vp (§4.2 critical); route ChurnEscalation
  -> vp (§2.1 Tier 4); threat to leave -> vp (§4.2 churn, §4.3 trigger 2); Enterprise contract change or price
  negotiation -> vp (§4.2 Enterprise); legal or security issue -> legal (General Counsel + CISO, §4.2 legal);
  security vulnerability or data loss -> also oncall (§4.4 URGENT). CSAT < 5, inactivity and repeat tickets only
  alert (no page) when another route wins; financial impact > $10K alerts Finance + CSM (no page); Enterprise
  otherwise gets its CSM (no page). Compliance paperwork (SOC 2 report, questionnaires) and questions about
  security are not a legal/security issue; a regulator's inquiry, litigation, a liability claim, a DPA objection or
  a possible personal-data breach is.
Readings where the rules above are silent (make_fresh5.py's via make_fresh6.py, copied, applied the same way): a
feature request is category Feature whatever it is about (SSO, SDK, webhooks); a customer asking to cancel the
account or saying it is moving to another vendor is a threat to leave; an agent's urgent mark routes (Tier 4) but
does not by itself raise the priority; a rule or report giving a wrong result is Feature, an API call misbehaving in
form (empty body, paging, headers) is Integration; a TAI API error code on an edge case the customer calls "not
blocking" is Medium; a potential bug the customer cannot tell is theirs or ours (a rule not matching, a report and
an export disagreeing; §4.4 MEDIUM) is Medium.
Readings of make_fresh6.py's writer (copied): the API (or the whole web app) being slow but working is Platform/Medium;
a performance problem confined to one screen is that feature's (Feature/Medium); a security hole is Platform and
High (legal + oncall pages), not Critical, unless stored data was lost; a customer's question about a hypothetical
outage or data loss ("what if ...") carries neither the outage nor the loss; closing a secondary sub-account while
staying a customer is account paperwork, not a threat to leave; a 401/429 the customer hits through its own setup
(a rotated or expired key, a burst) is Low when asked as a how-to and Medium when it breaks a flow that retries or
re-runs work around.
Readings of my own (the same throughout, none contradicting the above): an API error other than 401/429/malformed JSON
(400 with an unknown field, 403, 404, 409, 422, 500, 502, 503, 504, "5xx", GraphQL "errors") goes to engineering,
also when it comes with an outage (Critical) or as a plain question (Low); a code the customer's own endpoint or ERP
returns (a webhook delivery answered 500 by the customer, an ERP's "Error 404") is not a TAI API error; TAI not
evaluating any rule at all is TAI down (Platform); a webhook or rule failure that makes the customer lose money is
Critical in its own category (Integration, Feature); an import that silently drops rows never stored them (a broken
feature, not stored-data loss); a report total off by an amount is not the customer losing money; access kept after
SSO/SCIM deprovisioning is a security hole (Platform); a broken docs link in the web app is docs (Other); "we are NOT
planning to leave" is no threat; a company closing its account because it is dissolved is still a cancellation (the
reading above); an Enterprise customer asking to match a competitor's price while saying it will stay is a price
negotiation, not a threat to leave.
Readings of my own (fresh8; the same throughout, none contradicting the above): the web app's own error page (a
"502 Bad Gateway" page in the browser) is not a TAI API error, so a whole-app outage shown that way routes as Critical
-> ChurnEscalation; a customer unsure whether a vanished workspace is "only a display thing" is still reporting
stored-data loss; another tenant's data showing up in an export is a security hole (Platform, High, legal + oncall);
an Enterprise customer asking to amend its contract (seats, invoicing cadence, addenda) is a contract change (vp);
SSO login failing for every user while the API keeps working is a feature broken without workaround (Integration,
High), not TAI down; a question about a hypothetical breach-notification duty is a security question, not a legal
issue; a typo or tooltip in the UI is cosmetic (Feature, Low) even when shouted about; a ticket that is both a
question and "consider this a request" is a feature request when the request is the main ask.
Readings of my own (fresh9; the same throughout, none contradicting the above): quoted earlier replies, forwarded
mails, signatures and confidentiality notices add no facts; the labels follow the customer's current message, and a
legal-sounding disclaimer is no legal issue; an agent's call notes are read like the customer's words. A customer
trialling or shortlisting another vendor, "starting to look at alternatives", writing that it will "probably not
renew" (also in a PS), or forwarding its CFO's instruction to terminate is threatening to leave; a procurement
question about what would happen "if we ever cancelled", a downgrade while staying and a price-match request while
saying it will stay are not. A restore that damages stored rules is data corruption (Platform, Critical); rules
restored last month and fine since are a past incident (Low). A rule or approval step failing so that the customer
pays out or ships what it should not is the customer losing money (Critical in Feature). A code the customer only
imagines ("if your API ever returned a 500") is no TAI API error; an HTML "502 Bad Gateway" page returned by the API
endpoint itself is. A 404 behind a docs help link in the web app is docs (Other). A regulator's inquiry sent to the
customer about its processing in TAI is a legal issue; a data-retention question "for GDPR" is compliance paperwork.
Another tenant's personal data in a notification e-mail is both a possible personal-data breach and a security hole
(Platform, High, legal + oncall). Login or password reset failing for the only admin is a feature broken without
workaround (Feature, High). Invoking a contract's termination clause over an outage is a threat to leave, not a
contract dispute for legal. A feature request repeated "for the third time" stays in the feature-request log (the
repeat only alerts).
Readings of my own (fresh10; the same throughout, none contradicting the above): a topic or urgency the customer picks
in a web form is no fact (like shouting, §2.2.1), and a subject that contradicts the body (a draft subject, a stale
"Re:" of an old thread) adds nothing: the description and the current message decide. In chat and phone transcripts
the agent's greeting and questions add no facts; a workaround the agent proposes counts once the customer says it
works. When an account manager forwards for a customer, the customer's relayed words count (a relayed termination, a
signed letter of intent with another vendor: a threat to leave); the account manager's own guess that the customer
"might churn" does not. Not renewing or closing the account because a board, a group or new owners moved to another
tool is a threat to leave; so is a threat conditional on a repeat or a deadline ("if it happens again they cancel",
"if not fixed by month-end we will not renew"); a customer comparing vendors at its CTO's request is shortlisting.
Amounts in any currency and spelling are read alike; a business loss in any currency is the customer losing money; an
invoice "costing more than it brings in" is still a billing dispute. A 200 OK carrying no decision for every request is
TAI not evaluating (down), not an API error; an HTTP 504 on every call is a TAI API error (engineering) and, with the
customer's flow stopped, an outage (Critical). An error from the customer's own systems (SAP IDoc status 51, AWS
AccessDenied, its own endpoint unreachable through its own DNS) is not a TAI API error. Going back to spreadsheets after
giving up on a broken integration is no workaround. A customer asking whether TAI staff can see its data is a question
about security (Other, Low); a removed user's API key that keeps working and other tenants' rules visible in the
workspace are security holes (Platform, High, legal + oncall). Stored rule definitions altered by a maintenance
(conditions pointing at another field) are data corruption (Platform, Critical). A rule builder that cannot hold the
rule the customer needs, with no other way to build it, is a feature broken without workaround (High).
Distribution of the labels (printed by the script): route StandardSupport 58, ChurnEscalation 32, Finance 25,
EngineeringEscalation 16, FeatureRequestLog 11, AutoResolve 8; priority Low 60, Medium 40, High 31, Critical 19; category
Feature 46, Integration 38, Billing 25, Platform 21, Other 20; tier Professional 62, Enterprise 50, Starter 38; channel
email 91, web 20, slack 14, chat 14, phone 11; pages none 99, vp 25, oncall+status+vp 19, legal+oncall 4, legal 3 (page
kinds: vp 44, oncall 23, status 19, legal 7); 37 bodies of 600-2,000 characters; 21 tickets with structured signals.
The tickets are written grouped by route (the comment lines below), and shuffled with a fixed seed (20261207) before
the ids are given.
"""
import json
import os
import random
from collections import Counter

NOW = "2026-03-02T17:00:00Z"  # TriageCorpus.Now; 14+ days without API calls = lastApiCallAt before 2026-02-16T17:00Z
INACTIVE_BEFORE = "2026-02-16T17:00:00Z"
TIERS = {"S": "Starter", "P": "Professional", "E": "Enterprise"}
CHANNELS = {"em": "email", "web": "web", "chat": "chat", "sl": "slack", "ph": "phone"}
RANK = {"Low": 0, "Medium": 1, "High": 2, "Critical": 3}
# What I read in the ticket -> base priority (quick reference "Severity Decision", D11, §4.4, the readings above).
KIND = {
    "down": ("Critical", "TAI down for the customer"),
    "money": ("Critical", "the customer is losing money"),
    "loss": ("Critical", "stored data lost or corrupted (D16 P1, §4.4 URGENT)"),
    "broken": ("High", "feature broken, no workaround"),
    "wa": ("Medium", "broken with a workaround"),
    "slow": ("Medium", "degraded performance that still works"),
    "maybe": ("Medium", "potential bug, ours or theirs unclear (§4.4 MEDIUM)"),
    "edge": ("Medium", "edge case the customer calls not blocking"),
    "cosmetic": ("Low", "cosmetic"),
    "howto": ("Low", "how-to / question"),
    "docs": ("Low", "docs"),
    "past": ("Low", "past incident, now over"),
    "hypo": ("Low", "hypothetical"),
    "billing": ("Low", "billing paperwork or dispute"),
    "freq": ("Low", "feature request (§2.2.1 default LOW)"),
    "thanks": ("Low", "thanks"),
    "paper": ("Low", "compliance paperwork"),
    "floor": ("Low", "nothing broken by itself, the floor decides"),
}
CATS = {"Billing", "Platform", "Integration", "Feature", "Other"}
AUTO = {"401", "429", "malformed"}

TICKETS = []


def T(tier, ch, subject, body, kind, cat, *, api=None, bill=False, freq=False, leave=False, legal=False, sec=False,
      ent=False, rep=False, idle=False, sig=None, why=""):
    """One ticket and the facts I read in it; the labels are derived from the facts by label() below.
    api: a TAI API error code read in the text ("401", "429", "malformed", "500", "graphql", ...), None if none;
    bill: billing/account; freq: a feature request is the main ask; leave: threat to leave; legal: a legal issue;
    sec: a security hole in the platform; ent: Enterprise contract change or price negotiation; rep: the text says
    3+ tickets on the same issue; idle: the text says 14+ days without API calls; sig: structured signals."""
    TICKETS.append(dict(tier=TIERS[tier], channel=CHANNELS[ch], subject=subject, body=body.strip("\n"), kind=kind,
                        cat=cat, api=api, bill=bill, freq=freq, leave=leave, legal=legal, sec=sec, ent=ent, rep=rep,
                        idle=idle, sig=sig or {}, why=why))


def chat(*turns, head="Chat transcript - TAI web widget", page="app.tai.example/rules", end=True):
    """A chat transcript: the agent's greeting, alternating turns (a turn starting with 'A:' is the agent's), the
    widget's footer. The greeting, the footer and the optional closing add no facts."""
    out = [head, "Started from: https://%s" % page, "Waiting time: %d s" % (20 + 7 * len(turns)), "",
           "[14:01] Agent (Noor): Hi, this is Noor from TAI support. How can I help you today?"]
    minute = 1
    for t in turns:
        who, text = ("Agent (Noor)", t[2:].strip()) if t.startswith("A:") else ("Customer", t)
        minute += 1 + len(text) // 120
        out.append("[14:%02d] %s: %s" % (minute, who, text))
    if end:
        out.append("[14:%02d] Agent (Noor): Is there anything else I can help you with?" % (minute + 1))
        out.append("[14:%02d] Customer: no, that's all for now, thanks" % (minute + 2))
    out += ["", "Chat ended by customer. Transcript sent to the e-mail address on file."]
    return "\n".join(out)


def call(*turns, agent="Tomasz", head="Phone call, transcribed by the call recorder (consent given at start)"):
    out = [head, "Line: support hotline, queue 2", ""]
    for t in turns:
        out.append(("AGENT (%s): %s" % (agent, t[2:].strip())) if t.startswith("A:") else ("CALLER: " + t))
    out += ["", "[recording ends]"]
    return "\n".join(out)


def form(fields, description, browser="Chrome 133 on Windows 11"):
    """A web-form submission; the topic and urgency the customer picks are no facts, the description decides."""
    out = ["Submitted through the support form at https://app.tai.example/help/contact"]
    out += ["%s: %s" % kv for kv in fields]
    out += ["Description:", description.strip("\n"), "",
            "Attachments: none", "Browser: %s" % browser, "May we contact you by phone? Yes",
            "I have read the privacy notice: Yes"]
    return "\n".join(out)


def fwd(am, customer, note, text):
    return ("Hi support,\n\n%s\n\n%s\n\n---------- Forwarded message ----------\nFrom: %s\nTo: %s\n\n%s"
            % (note.strip(), am, customer, am.split(" <")[0], text.strip("\n")))


def label(t):
    sig = t["sig"]
    for k in sig:
        assert k in {"csat", "sameIssueTickets", "lastApiCallAt", "urgent", "platformImpactPct", "apiErrorCode"}, k
    assert t["cat"] in CATS and t["kind"] in KIND
    pri, pwhy = KIND[t["kind"]]
    cites = ["quick reference", "D11"]
    notes = [pwhy]
    floors = []
    if t["legal"]:
        floors.append("legal issue: High floor (§4.1 Tier 4)")
    if t["sec"]:
        floors.append("security hole: High floor (§4.1 Tier 4)")
    if t["leave"]:
        floors.append("threat to leave: High floor (§4.2/§4.3)")
    if floors and RANK[pri] < RANK["High"]:
        pri = "High"
    notes += floors
    impact = sig.get("platformImpactPct")
    if impact is not None and impact > 20:
        pri = "Critical"
        notes.append("structured platformImpactPct %s > 20 -> Critical (§4.4 URGENT, D11)" % impact)
    elif impact is not None:
        notes.append("platformImpactPct %s is not > 20" % impact)
    # churn triggers (§4.3, D14) from structured signals first, then the text
    churn = []
    if t["leave"]:
        churn.append("threat to leave")
    if "csat" in sig and sig["csat"] < 5:
        churn.append("CSAT %s < 5" % sig["csat"])
    if "lastApiCallAt" in sig and sig["lastApiCallAt"] < INACTIVE_BEFORE:
        churn.append("no API call since %s (14+ days)" % sig["lastApiCallAt"][:10])
    if t["idle"]:
        churn.append("14+ days without API calls (text)")
    if sig.get("sameIssueTickets", 0) >= 3:
        churn.append("%s tickets on the same issue" % sig["sameIssueTickets"])
    if t["rep"]:
        churn.append("3+ tickets on the same issue (text)")
    if sig.get("urgent"):
        churn.append("agent's urgent mark")
    for k, ok in (("csat", lambda v: v >= 5), ("lastApiCallAt", lambda v: v >= INACTIVE_BEFORE),
                  ("sameIssueTickets", lambda v: v < 3)):
        if k in sig and ok(sig[k]):
            notes.append("%s %s is no trigger" % (k, sig[k]))
    code = sig.get("apiErrorCode")
    code = str(code) if code is not None else t["api"]
    if code is not None:
        src = "structured apiErrorCode" if "apiErrorCode" in sig else "TAI API error"
        route = "AutoResolve" if code in AUTO else "EngineeringEscalation"
        rwhy = "%s %s -> %s (§2.1 Tier 1, D12)" % (src, code, route)
    elif t["bill"]:
        route, rwhy = "Finance", "billing/account -> Finance (§2.1 Tier 2, D12)"
    elif t["freq"]:
        route, rwhy = "FeatureRequestLog", "feature request -> FeatureRequestLog (§2.1 Tier 3, D12)"
    elif pri == "Critical" or churn:
        route = "ChurnEscalation"
        rwhy = "%s -> ChurnEscalation (§2.1 Tier 4, §4.3; D12, D14)" % ", ".join(
            (["Critical"] if pri == "Critical" else []) + churn)
    else:
        route, rwhy = "StandardSupport", "no earlier route -> StandardSupport (§2.1, D12)"
    if route not in ("ChurnEscalation",) and churn:
        rwhy += "; %s only alert(s) (§4.3)" % ", ".join(c for c in churn if c != "threat to leave") if any(
            c != "threat to leave" for c in churn) else ""
    pages = set()
    pw = []
    if pri == "Critical":
        pages |= {"oncall", "status", "vp"}
        pw.append("Critical -> oncall+status+vp (§4.2 critical)")
    if route == "ChurnEscalation" and "vp" not in pages:
        pages.add("vp")
        if not t["leave"]:
            pw.append("route ChurnEscalation -> vp (§2.1 Tier 4)")
    if t["leave"]:
        pw.append("threat to leave -> vp (§4.2 churn, §4.3 trigger 2)")
        pages.add("vp")
    if t["ent"]:
        assert t["tier"] == "Enterprise"
        pages.add("vp")
        pw.append("Enterprise contract change/price negotiation -> vp (§4.2)")
    if t["legal"] or t["sec"]:
        pages.add("legal")
        pw.append("legal/security -> legal (§4.2 legal)")
    if t["sec"] or t["kind"] == "loss":
        pages.add("oncall")
        pw.append("security hole/data loss -> oncall (§4.4 URGENT)")
    # consistency of the category with the facts (§2.2.2 and the readings above)
    cat = t["cat"]
    if t["bill"]:
        assert cat == "Billing", t["subject"]
    if t["freq"]:
        assert cat == "Feature" and not t["bill"], t["subject"]
    if t["sec"] or t["kind"] in ("loss", "down"):
        assert cat == "Platform", t["subject"]
    if t["kind"] == "billing":
        assert t["bill"], t["subject"]
    if t["kind"] == "freq":
        assert t["freq"], t["subject"]
    if t["ent"]:
        assert t["bill"], t["subject"]
    assert len(t["body"].split()) >= 12, t["subject"]
    head = (t["why"] + "; ") if t["why"] else ""
    reason = "%s%s -> %s, %s; %s%s (§2.2.2; %s)" % (
        head, "; ".join(notes), pri, cat, rwhy, ("; " + "; ".join(pw)) if pw else "; no page",
        ", ".join(cites + ["D12"]))
    return pri, cat, route, sorted(pages), reason


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = list(TICKETS)
    random.Random(20261207).shuffle(rows)
    assert len(rows) == 150
    out = []
    for i, t in enumerate(rows, 1):
        pri, cat, route, pages, reason = label(t)
        row = {"id": "R%03d" % i, "tier": t["tier"], "channel": t["channel"], "subject": t["subject"],
               "body": t["body"]}
        if t["sig"]:
            row["signals"] = t["sig"]
        row["expected"] = {"priority": pri, "category": cat, "route": route, "pages": pages, "reason": reason}
        row["split"] = "fresh10"
        out.append(row)
    with open(os.path.join(here, "tickets-fresh10.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    c = {k: Counter() for k in ("route", "priority", "category", "tier", "channel", "pages", "page kinds")}
    longs = sig = 0
    for row in out:
        e = row["expected"]
        for k in ("route", "priority", "category"):
            c[k][e[k]] += 1
        c["tier"][row["tier"]] += 1
        c["channel"][row["channel"]] += 1
        c["pages"]["+".join(e["pages"]) or "none"] += 1
        for p in e["pages"]:
            c["page kinds"][p] += 1
        longs += 600 <= len(row["body"]) <= 2000
        sig += "signals" in row
    for k, v in c.items():
        print("%s: %s" % (k, ", ".join("%s %d" % kv for kv in v.most_common())))
    print("bodies of 600-2,000 characters: %d; with structured signals: %d; tickets: %d" % (longs, sig, len(out)))


# ---------------------------------------------------------------- TAI API errors on the auto-resolve list
T("P", "em", "Every call rejected since this morning", """\
Hi,

since about 07:30 our nightly sync from the pricing service gets "HTTP/1.1 401 Unauthorized" back on every single call
to /v1/rules. I think I know why: when we set up the new deployment last week, someone copied the key from our sandbox
workspace into the production config, and the sandbox key was deleted yesterday together with the sandbox rules. The
job retries three times and then gives up, so for now one of us re-runs it by hand after lunch with the production key
pasted in, which works. How can I see in the web app which workspace a key belongs to and when it was created?
And could the error message say "key belongs to another workspace" instead of a bare 401?

Thanks, Jonas
""", "wa", "Integration", api="401", why="401 from its own key mix-up breaking a flow re-run by hand")

T("S", "chat", "import stops halfway", chat(
    "hi, i'm importing our 12,000 rules with the python script from your blog and after about 3k it stops with 429 Too Many Requests",
    "A: Hi! That is the rate limit on the import endpoint. Could you try sending batches of 500 with a short pause between them?",
    "ok trying...",
    "ok that works, slower but it went through. is there a way to raise the limit for one day?",
    "A: I'll check with the team and reply by email.",
), "wa", "Integration", api="429", why="429 on a bulk import, batching works around")

T("E", "web", "Billing - request body", form([
    ("Name", "Aiko Brandt"), ("Company", "Nordhafen Logistik AG"), ("Topic", "Billing & invoices"),
    ("Urgency", "High")], """\
Our deploy script posts rule sets to /v1/rules and since Friday gets back "could not parse request body". I found it:
our template writes a trailing comma after the last condition. Removed it and it works. Question: do you publish a
JSON schema or a validator we could run in CI before we push? The topic field above is wrong, sorry, I could not find
an "API" option."""), "howto", "Integration", api="malformed",
  why="malformed JSON already fixed, a how-to; the form's topic and urgency are no facts")

T("P", "sl", "burst allowance?", """\
hey team :wave: when our 16 workers start up after a deploy they all warm their caches at once, ~900 evaluate calls in
the first two seconds, and a few hundred come back with statusCode=429. after that everything is fine. how big is the
burst allowance per key and is it per workspace or per key? just want to size our warm-up properly, nothing is broken
""", "howto", "Integration", api="429", why="429 asked as a how-to")

T("S", "em", "error after change password", """\
Hello support,

we receive error four-zero-one from API after we change the password of our admin user this morning. Is the API key
also changed when password is change? We dont know if we must generate new key or wait. Sorry for the simple
question, we are new with TAI.

Best regards
Mehmet Yilmaz, Kaya Tekstil
""", "howto", "Integration", api="401", why="401 after a password change asked as a question")

T("P", "web", "Night jobs take forever", form([
    ("Name", "Priscilla Okafor"), ("Company", "Greenleaf Grocers"), ("Topic", "Performance"), ("Urgency", "Normal")], """\
Our batch scoring jobs keep getting throttled at night. The job has built-in back-off, it re-runs and finishes, but
takes about 3 h instead of 40 min, which is cutting into our morning reporting window. Can you tell us what we are
doing wrong? We did not change the job for months. The job sends roughly 250,000 requests between 01:00 and 02:00,
spread over 8 workers, and we could spread it over the whole night if that helps."""), "wa", "Integration",
  sig={"apiErrorCode": 429}, why="structured 429, the job's back-off works around")

T("E", "em", "Connector refused after tenant move", """\
Dear TAI team,

since we moved our integration to the new Azure tenant last Tuesday, calls from the connector are refused. The old
tenant (still running in parallel until end of March) works fine with the same rule sets, so we route traffic through
it for now. Could you check what has to be configured on your side for the new tenant's app registration?

Kind regards,
Elin Sandberg
Integration Lead, Fjordkraft Handel AS
""", "wa", "Integration", sig={"apiErrorCode": 401}, why="structured 401, the old tenant works around")

T("E", "ph", "Rule push failing (call)", call(
    "Hi, yes, our developer keeps getting an error from your API when he pushes a rule. It says, let me read it, \"400 - Malformed JSON in request body\".",
    "A: Could you paste the body into the chat of the call? ... I see single quotes around the keys, JSON needs double quotes.",
    "Oh. He builds it by hand in a shell script. OK, he changed it, it goes through now. Sorry for that.",
    "A: No problem at all, I'll send you the link to the request examples.",
    "Thanks, that's all for today.",
), "howto", "Integration", api="malformed", why="malformed JSON fixed during the call")

# ---------------------------------------------------------------- other TAI API errors -> engineering
T("E", "em", "503 on all calls - warehouse blocked", """\
URGENT

Since 10:12 CET every call to api.tai.example returns 503 Service Unavailable. Our warehouse management system asks
TAI which orders may be released, so nothing leaves the building: 14 trucks are waiting at the docks and every hour
costs us roughly EUR 18,000 in penalties and overtime. Please call me on +49 40 555 0199.

Frank Hollmann, Head of IT Operations, Elbe Fulfilment GmbH
""", "down", "Platform", api="503", why="503 on every call while orders stop: TAI down, losing money")

T("P", "chat", "server errors since this afternoon", chat(
    "hi, since ~16:00 UTC roughly 1 in 20 calls to /v1/decisions comes back with a 502, sometimes a 500",
    "A: Thanks for flagging. Are the calls failing for good, or does a retry work?",
    "our client retries once and the retry goes through, so our customers don't notice yet. but the error graph is ugly and I'd like to know if something shipped today",
    "A: I'll pass this to engineering with your timestamps.",
), "wa", "Integration", api="502", why="intermittent 502/500 with retries getting through")

T("S", "em", "rules I created not found by id", """\
Hi,

GET /v1/rules/{id} gives 404 Not Found for rules I created in the web app yesterday. The list endpoint
(GET /v1/rules?page=1) does show them with the same ids, so I'm now pulling the whole list and filtering in my script.
Is the single-rule endpoint cached somewhere?

Cheers, Ola
""", "wa", "Integration", api="404", why="404 on one endpoint, the list endpoint works around")

T("P", "web", "Approval pipeline blocked - Forbidden", form([
    ("Name", "Dario Conti"), ("Company", "Conti Ricambi S.r.l."), ("Topic", "API"), ("Urgency", "Critical")], """\
PATCH /v1/approvals/{id} returns 403 Forbidden since this morning even with our admin key (same key can read
everything). Our approval pipeline that signs off price changes is completely blocked, we tried a new key, same 403.
There is no other way for us to approve in bulk - the web app is one by one and we have 600 pending."""),
  "broken", "Integration", api="403", why="403 blocks the approval pipeline, no workaround")

T("E", "chat", "GraphQL simulation query", chat(
    "Hello, your GraphQL endpoint gives us back {\"errors\":[{\"message\":\"internal\"}]} for the simulation query, no status code, the HTTP status is 200",
    "A: Thanks. Does the same simulation open in the web app?",
    "yes, in the web app it's fine, we can take the numbers from there for the weekly review, it's just our dashboard that is empty",
    "A: Understood, I'm passing this to engineering with the query you sent.",
), "wa", "Integration", api="graphql", why="GraphQL errors (an API error without a code), the web app works around")

T("P", "em", "Re: Q3 invoice", """\
Hi Carla,

different topic on the same thread, sorry: since yesterday POST /v1/webhooks/subscriptions returns HTTP 500 for every
attempt, so we cannot register the webhooks for our new store. We tried two keys and both regions. No workaround that
we know of - the web app has no webhook screen for our plan.

Thanks, Bruno

> On 12 Jan, Carla (TAI Billing) wrote:
> The corrected Q3 invoice is attached. Let me know if anything else looks off.
""", "broken", "Integration", api="500",
  why="reply on an old invoice thread now about a 500 with no workaround; the subject is stale")

T("S", "em", "what does 409 mean", """\
Quick question: about once a day, publishing a rule through the API gives us "409 Conflict". Our script simply tries
again a minute later and then it goes through. What does 409 mean on the publish endpoint, and should our script do
something smarter than retrying?
""", "wa", "Integration", api="409", why="a recurring 409 that a retry gets past")

T("P", "em", "422 on between operator with dates", """\
Hello,

we are building rules with date ranges via the API. Your docs (Rules > Conditions > Operators) say that "between" works
for date fields, and the example there uses "2026-01-01" and "2026-03-31". When we send exactly that example we get
back:

  HTTP/1.1 422 Unprocessable Entity
  {"error":"operator 'between' not supported for type date"}

We tried ISO timestamps with time and zone, epoch seconds and the "date" type hint from the SDK; all give the same 422.
Using two conditions (>= and <=) is rejected too because the validator says a field may only appear once per group.
So at the moment we cannot express a date window at all, which is the whole point of the seasonal pricing project we
start on Monday. Could you check whether this is a bug or if the docs are out of date, and tell us how to express a
date range in the meantime?

Best regards,
Sofie Lindqvist
Senior Developer, Lindqvist & Ek Retail AB
Phone +46 8 555 123 45
""", "broken", "Integration", api="422", why="422 on a documented operator, no way around")

T("E", "em", "Everything sluggish", """\
Hi,

everything is sluggish this afternoon and some of our calls don't go through; our dashboards are red. Not sure if it
is us or you. Could someone take a look?

Marit
""", "slow", "Platform", sig={"apiErrorCode": 500, "platformImpactPct": 40},
  why="mild text, structured 500 and platformImpactPct 40 decide")

T("P", "em", "Export endpoint", """\
Hello,

the export endpoint has been failing since the weekend. We pull the CSV by hand from the web app for now and upload it
to our BI tool, so the Monday numbers are there, only late. Could you look at it?

Regards, Henrik
""", "wa", "Integration", sig={"apiErrorCode": 502}, why="structured 502, the manual CSV works around")

T("E", "ph", "SCIM provisioning (phone)", call(
    "Hello, this is Grace from Harbour Bank's identity team. Since Monday new joiners don't get TAI accounts.",
    "A: Do you see an error in your identity provider's provisioning log?",
    "Yes, the SCIM call to your endpoint comes back four-oh-three, every user, every retry.",
    "A: Can you create the users by hand meanwhile?",
    "No, our policy forbids manual accounts, everything must go through SCIM. So nobody new can work in TAI; we have eleven people waiting.",
    "A: Understood, I'm escalating this now.",
), "broken", "Integration", api="403", why="403 from the SCIM endpoint, manual accounts not allowed")

T("S", "chat", "api gateway timeout", chat(
    "hello, api give 504 gateway timeout only when i send more than 200 rule in one call",
    "A: And with fewer rules?",
    "with 100 it is ok, so we send 100 and 100. it is not blocking us, just want to know if 200 is a limit or a bug",
), "edge", "Integration", api="504", why="504 on an edge case, smaller batches work, not blocking")

T("P", "em", "Every API call times out with 504 - promotions dead", """\
Hi,

since 11:40 every request to https://api.tai.example/v1/evaluate comes back after exactly 30 seconds with
"HTTP 504 Gateway Timeout". Our checkout asks TAI which promotion applies, so no promotion applies at all and customers
abandon their carts - we estimate EUR 4.000 lost sales per hour on a normal Saturday. Please treat this as an outage.

Malin, e-commerce team, Strand & Söner
""", "down", "Platform", api="504", why="504 on every call while promotions stop: an outage, losing money")

T("E", "em", "unknown field after SDK upgrade", """\
Good morning,

after upgrading the Java SDK from 3.1.4 to 3.2.0 every create-rule call fails with
"400 Bad Request: unknown field 'priority_hint'". Pinning the SDK back to 3.1.4 makes everything work again, so we are
on 3.1.4 for now, but our security scanner wants us on 3.2. Could you confirm whether the API or the SDK is wrong?

Thanks,
Andrea Kovacs, Platform Engineering, Danubia Insurance
""", "wa", "Integration", api="400", why="400 unknown field, the older SDK works around")

T("P", "sl", "regex rules 500", """\
fyi: /v1/health says ok but /v1/evaluate returns error 500 for rules with a regex condition that contains a lookahead.
only 3 of our 400 rules have one, we rewrote one already. edge case, not blocking, just thought you'd want to know
""", "edge", "Integration", api="500", why="500 on an edge case called not blocking")

T("E", "em", "GraphQL errors again - third ticket", """\
Hello,

this is now our third ticket about the same thing (see the two before, closed without a fix): the GraphQL endpoint
answers our approvals query with an "errors" array ("Cannot return null for non-nullable field Approval.owner") and no
data. Our approvals dashboard for 300 managers is empty and there is no other screen that shows them the same thing.
We need a real fix this time.

Regards, Yusuf Demir, Anatolia Retail Group
""", "broken", "Integration", api="graphql", rep=True,
  why="GraphQL errors with no workaround; the repeat only alerts because engineering wins")

# ---------------------------------------------------------------- billing / account -> Finance
T("P", "em", "Charged twice for March", """\
Hello,

our card statement shows two charges from TAI for March, each EUR 1.190,00, booked on the 1st and on the 2nd. We only
have one workspace. Please refund the duplicate and send us a credit note for our books.

Best,
Ilse de Vries, Finance, Bakkerij Holland BV
""", "billing", "Billing", bill=True)

T("E", "em", "Higher uptime commitment at renewal", """\
Dear account team,

with TAI now in our checkout path for all Nordic markets, our risk committee asks that the renewal in April include a
99.95 % uptime commitment (today 99.5 %) with service credits of 25 % of the monthly fee per breach. Please send us
a draft of the changed contract terms and the price impact; our procurement needs it before the April board meeting.

Kind regards,
Sigrid Aalto, Vendor Management, Aalto Group Oyj
""", "billing", "Billing", bill=True, ent=True, why="Enterprise contract change at renewal")

T("S", "web", "Remove add-on", form([
    ("Name", "Tom Becker"), ("Company", "Becker Fahrräder"), ("Topic", "Account"), ("Urgency", "Low")], """\
I'd like to cancel only the add-on "Advanced Simulations" and keep my normal Starter plan. We tried it for 2 months and
don't need it anymore. We want to stay on TAI, only the add-on should go. Where do I do that?"""), "billing", "Billing", bill=True,
  why="removing an add-on while staying is no threat to leave")

T("P", "em", "Please cancel our subscription", """\
Hi,

we have decided to move to RuleForge at the end of this month. Please cancel our Professional subscription effective
31 March and confirm in writing that it will not auto-renew and that no further charges will be made.

Regards,
Kevin O'Brien, Operations Manager, Brightwater Outdoor Ltd
""", "billing", "Billing", bill=True, leave=True, why="cancelling to move to another vendor")

T("E", "ph", "Volume pricing for three subsidiaries (call notes)", """\
Call notes, Lucía (CSM) with Mr. Haas, CFO of Haas Pharma Logistik, 25 Feb, 20 min.
- They want to bring three subsidiaries onto their TAI contract from July (about 90 more seats).
- He asked for a volume tier: roughly CHF 41 per seat instead of the current CHF 50 for everything above 200 seats.
- Very positive about the product, the subsidiaries asked for it themselves.
- Asked for a revised offer by mid-March.
""", "billing", "Billing", bill=True, ent=True, why="Enterprise asking for a volume price: a price negotiation")

T("S", "chat", "webhooks on starter?", chat(
    "hi quick question before we build anything: does the Starter plan include webhooks or is that only Professional?",
    "A: Let me check the plan sheet for you.",
    "thx. and if it's only pro, what does the upgrade cost per month for 3 users?",
), "billing", "Billing", bill=True, why="does my plan include X")

T("P", "em", "Service credit if you go down on Black Friday?", """\
Hi,

we are planning Black Friday. Hypothetically, if TAI went down for four hours on that day, what service credit would
we be entitled to under the Professional terms, and would we have to claim it or is it automatic? Nothing is wrong
today, this is for our risk register.

Thanks, Aurelie
""", "billing", "Billing", bill=True, why="hypothetical outage, a service-credit question")

T("E", "em", "Fwd: Vendor consolidation - TAI", fwd("Lena Weiss <lena.weiss@tai.example>", "Olaf Brenner <o.brenner@kestrelmobility.example>", """\
Forwarding on behalf of Kestrel Mobility (Enterprise, renewal 30 June). I spoke to Olaf this morning; he asked me to
pass this on formally. Please make sure the right people see it today.
Lena, Account Manager""", """\
Lena,

as discussed: the group is consolidating its software vendors, and pricing tools are moving to the platform our parent
company already uses. We will therefore terminate the TAI agreement at the end of the current term and start migrating
in May. Please confirm the termination date and the data export process.

Olaf Brenner
Head of Procurement, Kestrel Mobility SE"""), "billing", "Billing", bill=True, leave=True,
  why="the customer's termination relayed by its account manager")

T("P", "em", "Refund still missing", """\
Hello,

after we downgraded from Professional to Starter in January you promised a refund for the unused months
(CHF 640.00). It still hasn't arrived, and I have asked twice. Please tell me when it will be paid.

Nadine Keller
""", "billing", "Billing", bill=True, sig={"csat": 3}, why="refund chase; CSAT 3 only alerts")

T("S", "web", "VAT ID missing", """\
Hi, our VAT ID (IE 6388047V) is missing on invoice INV-2026-0211, so our accountant can't book it. Could you send a
corrected invoice? The company name should be "Corrib Crafts Ltd" not "Corrib Crafts". Thank you!
""", "billing", "Billing", bill=True)

T("P", "em", "Invoice is way too high", """\
Hi,

the February invoice charges us for 35 seats at USD 79, but we only had 22 active users all month. That's USD 1,027
too much, and at that price this contract costs us more than it brings in. Please correct the invoice and tell us how
seats are counted.

Raj Patel, Patel Home Goods
""", "billing", "Billing", bill=True, why="an invoice error is a billing dispute, not a business loss")

T("E", "em", "New billing contact", """\
Hello,

please change our billing contact from Pieter Claes to our accounts payable team, ap@acme-benelux.example, and send
future invoices there as PDF. Pieter is leaving at the end of March. Nothing else changes on our contract.

Thanks, Pieter, ACME Benelux IT
""", "billing", "Billing", bill=True, why="billing paperwork")

T("P", "sl", "card declined", """\
hi, got an email that our card was declined for the monthly payment (new card since Jan). I updated it in settings just
now. do you retry automatically or do I need to do something? don't want the account suspended over this
""", "billing", "Billing", bill=True)

T("E", "em", "Quote for a 3-year term", """\
Dear Mr. Fontaine,

following our QBR last week, we would like a quote for moving from our current annual contract to a three-year term
starting 1 July 2026. In that context we would ask for a multi-year discount - we were thinking of 12 % on the
per-seat price - and for a price cap on any increases in years two and three.

For context, we currently have 240 seats and expect to grow to roughly 300 by the end of 2027. We would also like the
option to add the EU data residency package at the current list price during the term.

Could you send the proposal to me and to our procurement colleague Ms. Richter (in copy) by 20 March?

With kind regards,

Dr. Johanna Weber
Director Digital Operations
Weber & Söhne Versicherungsmakler GmbH
Königsallee 14, 40212 Düsseldorf
T +49 211 555 7788

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in
error, please notify the sender and delete it.
""", "billing", "Billing", bill=True, ent=True, why="Enterprise multi-year quote with a discount: contract change and negotiation; the disclaimer adds nothing")

T("S", "em", "¿Por qué subió el precio?", """\
Hola,

nuestra factura de marzo dice $59 por mes, pero siempre pagamos $49. ¿Por qué subió el precio? No recibimos ningún
aviso. Sorry for writing in Spanish, my English is not so good.

Gracias,
Valentina Ruiz, Panadería Ruiz
""", "billing", "Billing", bill=True, why="price question on an invoice")

T("P", "web", "Close account after merger", form([
    ("Name", "Hugo Lambert"), ("Company", "Lambert Conseil SARL"), ("Topic", "Account"), ("Urgency", "Normal")], """\
We are being merged into our parent group on 30 April, and the group runs its pricing in another tool. Please close
our TAI account at that date, stop all payments and send us the export of our rules and decision history before
deletion. Thank you for the good service over the years. After 30 April please write to the group's IT at
it-support@groupe-lambert.example for anything that remains open."""), "billing", "Billing", bill=True, leave=True,
  why="closing the account to move to another tool is a cancellation")

T("E", "em", "PO number on invoice - needed by Friday", """\
Hi,

our accounts payable will block the March payment unless the invoice carries our new purchase order number
PO-4500918832. Can you reissue INV-2026-0342 with the PO by Friday?

Thanks, Greta Lund, Finance, Skagen Retail A/S
""", "billing", "Billing", bill=True, sig={"urgent": True},
  why="invoice paperwork; the agent's urgent mark only alerts because Finance wins")

T("P", "em", "Seat count 27 vs 22", """\
Hi there, in Settings > Users the seat counter says 27 but we only have 22 people, 5 of them were deactivated in
January. Are we billed for 27 or 22? If 27, how do we free the seats?

Mariana
""", "billing", "Billing", bill=True, sig={"lastApiCallAt": "2026-02-09T08:15:00Z"},
  why="seat billing question; 14+ days without API calls only alert")

T("S", "chat", "pay by direct debit?", chat(
    "hello, can we pay by SEPA direct debit instead of credit card? our bookkeeper doesn't like card payments",
    "A: Hi! Let me check which payment methods your plan supports.",
    "thanks. if yes, from which month would it start? the card is charged on the 1st",
), "billing", "Billing", bill=True, why="payment method question")

T("E", "em", "Service credit for last week's outage", """\
Hello,

last Wednesday's outage (about 3 hours, 13:05-16:10 CET, your status page incident INC-2291) is over and everything
has worked since. Under section 7 of our agreement we are entitled to a service credit of 10 % of the monthly fee for
availability below 99.5 %. Please apply it to the next invoice and confirm.

Regards, Bram Peeters, Vendor Management, Lowlands Energy NV
""", "billing", "Billing", bill=True, why="service-credit claim for a past outage")

T("P", "ph", "Not renewing (call)", call(
    "I'm calling about our renewal. The board decided last night that we won't renew TAI in May. We're going with the tool our new owners use.",
    "A: I'm sorry to hear that. Is there anything about TAI itself that led to this?",
    "Not really, it's a group decision. Please stop the auto-renewal, and tell me how we get our rules out before the end.",
    "A: Understood. I'll have our VP get in touch today, and I'll send you the export steps.",
    "Fine, but the decision is made. Just make sure the access stays until the end of April.",
    agent="Ana"), "billing", "Billing", bill=True, leave=True,
  why="not renewing and moving to another tool is a threat to leave")

T("P", "em", "Webhook question", """\
Hi,

sorry, the subject is from a draft - my question is about the invoices: since January they are addressed to our old
office in Via Roma 12, and to "Romano Srl" instead of "Romano Arredamenti Srl". Our accountant can't deduct the VAT on
invoices with the wrong legal name. Can you correct the address and name and reissue January and February?

Thanks, Chiara Romano
""", "billing", "Billing", bill=True, why="the subject contradicts the body; the body is invoice paperwork")

T("S", "chat", "i want to cancel", chat(
    "i want to cancel. too expensive and too buggy. how?",
    "A: I'm sorry to hear that. May I ask what went wrong?",
    "the editor loses my changes and for 49 dollar a month i expect better. just tell me how to cancel please",
    end=False), "billing", "Billing", bill=True, leave=True, why="asking to cancel the account")

T("P", "em", "Does Professional include simulation API?", """\
Hello,

we are on Professional. Does our plan include API access to simulations, or is that an Enterprise feature? The docs
page lists the endpoint but our key gets nothing back from it. We don't want to build on it if it's not in our plan.

Regards, Farid
""", "billing", "Billing", bill=True, why="does my plan include X")

T("E", "em", "Fwd: EU data residency addendum", fwd("Marcus Oyelaran <marcus.o@tai.example>", "Claire Dubois <c.dubois@lumiere-assurances.example>", """\
Hi team, Lumière Assurances (Enterprise) asked me to pass their request on; they need an answer for their
steering committee. Marcus (AM)""", """\
Bonjour Marcus,

following our works council's review we must add a data residency addendum to our contract: all decision logs and
rule data to be stored in the EU only, with the list of sub-processors attached. Could TAI propose the addendum
wording and any price impact?

Cordialement,
Claire Dubois, Direction des Achats"""), "billing", "Billing", bill=True, ent=True,
  why="Enterprise contract addendum relayed by the account manager")

# ---------------------------------------------------------------- feature requests -> FeatureRequestLog
T("E", "em", "Okta login for TAI", """\
Hello,

our infosec policy says that by Q3 every SaaS tool must sign people in through our Okta tenant. In your SSO settings I
only find Google. Is Okta support planned? Please count this as a request from us - without it TAI fails our policy.

Thanks, Aisha Bello, IT, Meridian Health Partners
""", "freq", "Feature", freq=True, why="a policy requirement phrased as a request")

T("P", "web", "PDF export of simulations", form([
    ("Name", "Leon Fischer"), ("Company", "Fischer Sport"), ("Topic", "Product feedback"), ("Urgency", "Low")], """\
It'd be really handy if simulations could be exported to PDF with the charts, so we can attach them to our pricing
committee minutes. Right now we take screenshots and paste them into Word."""), "freq", "Feature", freq=True)

T("S", "chat", "dark mode", chat(
    "random thought: could the rule editor get a dark theme? i work late and it's very bright",
    "A: Thanks, I'll log it as a suggestion!",
), "freq", "Feature", freq=True)

T("P", "web", "Once again: bulk edit of rule tags", """\
Once again asking for bulk edit of rule tags. We have 1,400 rules and retagging them one by one after every reorg takes
a day. Please add multi-select and "apply tag" in the rules list.
""", "freq", "Feature", freq=True, sig={"sameIssueTickets": 4}, why="a repeated request; 4 same-issue tickets only alert")

T("E", "sl", "Terraform provider", """\
Request from our platform team: please add a Terraform provider for rules and webhooks, we manage everything else as
code and TAI is the odd one out. They need it for Q3 planning, so a rough timeline would help a lot.
""", "freq", "Feature", freq=True, sig={"urgent": True}, why="feature request; the urgent mark only alerts")

T("P", "em", "URGENT!!! CSV IMPORT FOR APPROVERS", """\
URGENT!!! WE NEED A CSV IMPORT FOR APPROVERS. ENTERING 300 APPROVERS BY HAND IS NOT ACCEPTABLE IN 2026. PLEASE ADD THIS
ASAP!!!
""", "freq", "Feature", freq=True, why="shouting does not raise a feature request")

T("S", "em", "side by side", """\
Hello,

Could you please make possible to have rule versions comparision side by side? Now we copy both versions to Word and
use "compare documents", it is working but not nice. Many thank in advance.

Kristina
""", "freq", "Feature", freq=True)

T("E", "sl", "configurable webhook backoff", """\
ask: could webhook retries get a configurable backoff (initial delay, factor, max attempts)? our receiver is rate
limited on weekends and the fixed schedule burns through all attempts in a few minutes. not a bug, a wish
""", "freq", "Feature", freq=True, why="a webhook wish is a feature request (Feature)")

T("P", "ph", "Async Python SDK", """\
Call notes (Sven, 10 min): customer's lead dev asked whether the Python SDK will get an async client (asyncio). They
wrap the sync client in a thread pool today and it works, but they would like native async for their FastAPI service.
Asked us to log it as a feature request and tell them if it's planned.
""", "freq", "Feature", freq=True)

T("P", "web", "Scheduling simulations?", """\
Hi,

is there a way to schedule simulations, e.g. every Monday at 06:00 on last week's data? If it doesn't exist, please put
it on your list - we would use it every single week.

Jana
""", "freq", "Feature", freq=True, why="question plus 'put it on your list': the request is the main ask")

T("S", "web", "Bulk delete should ask first", """\
Hi, the bulk delete in the rules list deletes right away without asking. Could you add a confirmation dialog with the
number of rules? Nothing went wrong yet, but one day someone will click it by mistake.
""", "freq", "Feature", freq=True, why="an enhancement, nothing went wrong")

# ---------------------------------------------------------------- Critical (no API code) and churn risk -> ChurnEscalation
T("E", "em", "Blank page for everyone", """\
Hello,

since 08:10 CET the TAI web app shows a blank white page for all 230 of our users, in Chrome, Edge and Firefox, on the
office network and from home. Nobody can open rules, approvals or reports. I can't tell about the API, our
integration only runs at night. Please help, the pricing team can't work at all.

Mateo Ferrari, IT Service Desk, Ferrari Distribuzione
""", "down", "Platform", why="the whole web app down for every user")

T("P", "chat", "decisions stuck pending", chat(
    "Hi, something is very wrong: every decision comes back as 'pending' since about 40 minutes. Nothing gets evaluated, not a single rule.",
    "A: Are you seeing an error code?",
    "no error, the calls return fine but status is pending and it never changes. our orders are on hold because of that.",
    "A: Thank you, I'm escalating right away.",
    end=False), "down", "Platform", why="TAI evaluating no rule at all is TAI down")

T("S", "em", "85 rules missing after the weekend", """\
Hi,

after the weekend 85 of our 212 rules are missing from the list, and the API doesn't return them either. Nobody on our
side deleted anything (the audit log shows no delete). The remaining 127 work. Can you get the others back?

Petra
""", "loss", "Platform", why="stored rules disappeared")

T("E", "em", "Refunds above limit auto-approved - GBP 23,400 paid out", """\
Hello,

we need someone on this right now.

Our refund approval flow in TAI has a rule "refund > GBP 500 requires approval by a team lead". Since yesterday
around 15:00 refunds above that limit are being auto-approved without going to a team lead. Our payment system pays
out whatever TAI approves, so by the time our finance controller noticed this morning we had paid out 61 refunds
totalling GBP 23,400 that nobody reviewed, several of them to accounts we had flagged for fraud.

What we have checked:
- the rule is unchanged (last edited in November, according to the version history);
- the approval step still shows "team lead" as approver;
- smaller refunds behave normally;
- the simulation tab, run on yesterday's data, says the rule WOULD have required approval for all 61.

We have now switched the whole refund flow to manual, which means four people doing nothing else today, but we need
to know what happened, whether other approval flows are affected, and when it is fixed.

Olivia Grant
Head of Customer Finance, Thistle Home Retail plc
""", "money", "Feature", why="an approval step failing so money is paid out")

T("P", "web", "Webhooks stopped - orders not shipping", form([
    ("Name", "Ryan Murphy"), ("Company", "Shamrock Supplies"), ("Topic", "Webhooks"), ("Urgency", "High")], """\
Webhooks for order.created haven't reached our fulfilment endpoint since 09:20 (last delivery 09:19; our endpoint is
up and receives other senders fine). Not one order has been picked or shipped since, about 180 so far, and our carrier
cut-off is 15:00. Every missed cut-off is a day of delay and refunds for express orders. We have nothing to fall back on."""),
  "money", "Integration", why="webhooks stopped on a fulfilment flow, orders not shipping: losing money")

T("E", "ph", "Rules point at wrong fields (phone)", call(
    "Since your maintenance last night our rules look wrong. Conditions that used our custom field 'parcel weight' now show 'parcel width'.",
    "A: Is that only in the editor, or do the rules also evaluate that way?",
    "They evaluate that way. I checked the decisions from this morning: a rule meant for heavy parcels fires on wide ones. About 300 of our 1,100 rules use custom fields and all of those are changed.",
    "A: So the stored rule definitions were altered. Is production using them?",
    "Yes, since 06:00. We've paused the carrier rule set, but the rest is live.",
    agent="Keiko"), "loss", "Platform", why="stored rule definitions altered: data corruption")

T("P", "em", "Possibly a small availability issue?", """\
Dear TAI support,

I am sorry to bother you and it may well be on our side, but I think TAI may be a little unavailable at the moment?
Neither the web app nor the API has answered us since 14:05 - the browser keeps loading and our API calls time out
after 60 seconds without any response. Our colleagues in Lyon see the same. Would you be so kind as to have a look
when you find a moment?

With best regards,
Élodie Marchand
""", "down", "Platform", why="TAI down, however politely said; timeouts carry no code")

T("S", "em", "moving to RuleForge - editor loses my changes", """\
Hi,

just so you know, we are moving to RuleForge next month. The rule editor keeps losing my changes when I switch tabs -
I save, come back, and the last edits are gone. No way around it that I have found. I'll keep using TAI until the
switch but I'm done fighting it.

Carlos
""", "broken", "Feature", leave=True, why="moving to another vendor over a broken editor")

T("P", "sl", "3rd outage this quarter", """\
honestly, after the 3rd outage this quarter (all resolved now, I know) our CTO asked me to put together a comparison
with two other vendors. nothing is down right now. but I need something I can show him - a post-mortem and what you're
changing
""", "past", "Other", leave=True, why="past outages plus comparing other vendors at the CTO's request")

T("E", "em", "Re: Approvals inbox fixed?", """\
Hi,

thanks for closing my ticket about the broken approvals inbox. It's still broken, though: nothing shows up in the
inbox for approvers. They approve from the e-mail links instead, which works, but the inbox is where they are supposed
to work.

Ingrid
""", "wa", "Feature", sig={"csat": 2}, why="approvals inbox broken, e-mail links work around; CSAT 2")

T("P", "sl", "Audit log location", """\
Quick one: where do I find the audit log in the web app? I remember it under Settings but can't see it anymore.

Thanks, Owen
""", "howto", "Other", sig={"lastApiCallAt": "2026-02-05T11:20:00Z"}, why="a how-to; no API call for 14+ days")

T("S", "em", "Simulation vs live - still", """\
Hi again,

the simulation results still differ from the live evaluation for our weekend rule: simulation says 8 % discount on
Saturdays, live gives 0 %. Might be our timezone setting, might be you - we really can't tell.

Bettina
""", "maybe", "Feature", sig={"sameIssueTickets": 3}, why="unsure whose bug; 3 same-issue tickets")

T("E", "em", "Undo reverts whole rule - go-live Monday", """\
Hi,

our client goes live on Monday. In the rule editor Ctrl+Z reverts the whole rule to its last published state instead
of undoing the last change. The analysts now restore the previous draft from the version history when it happens,
which works, it's just slow and confusing.

Teodora, Implementation Partner for Danube Foods
""", "wa", "Feature", sig={"urgent": True}, why="editor undo broken, version history works around; the urgent mark routes, does not raise")

T("P", "sl", "App a bit slower today", """\
Hi, the app feels a bit slower than usual today, no rush, just letting you know.

Sanne
""", "slow", "Platform", sig={"platformImpactPct": 30}, why="mild text; structured platformImpactPct 30 decides")

T("P", "em", "Fourth time: export drops the last row", """\
Hello,

this is the fourth time I am writing about the CSV export dropping the last row. Every week we have to add the last
decision by hand from the screen before sending the file to our auditors. It is a small thing but nobody fixes it.

Lars
""", "wa", "Feature", rep=True, why="export bug with a manual workaround, the fourth ticket")

T("E", "em", "Approvals bug - renewal", """\
Dear TAI,

if the approvals bug we reported in January (multi-step approvals skipping the second approver) is not fixed by the
end of the month, we will not renew in April. There is no way for us to force the second step today; we are checking
every approval by hand afterwards. Our board needs a date.

Hannes Gruber, COO, Alpenblick Hotels
""", "broken", "Feature", leave=True, why="will not renew unless fixed: a threat to leave")

T("S", "chat", "discount 50% instead 5%", chat(
    "pls help my shop lose money, the discount rule give 50% instead of 5% to every customer since 1 hour",
    "A: Oh no. Did you change the rule recently?",
    "no!! i did not touch. it say 5 in the editor but checkout get 50. i have 70 orders already with 50%",
    end=False), "money", "Feature", why="a rule evaluating wrongly so the shop loses money")

T("P", "em", "We gave up on the integration", """\
Hi,

we haven't called your API in three weeks. The integration broke after your February update (the responses changed
shape and our parser fails), we could not find out why, and we simply gave up and went back to spreadsheets. Is
anybody able to help us get it running again?

Meera
""", "broken", "Integration", idle=True, why="an integration broken for three weeks without API calls")

T("E", "ph", "Call with CEO after this morning", """\
Call notes (Dana, CSM), 27 Feb, 15 min, with the CEO of Borealis Travel:
- This morning's 40-minute outage is over; their booking engine recovered on its own.
- He said plainly: if it happens again during the spring sale, they cancel.
- Wants an RCA and a named engineering contact by Friday.
- Nothing broken at the moment.
""", "past", "Other", leave=True, why="a past outage; 'if it happens again, they cancel' is a threat to leave")

T("P", "web", "works now, thanks", """\
Thanks, the sync works now after your fix on the connector settings. It took three days though, and we had to chase
twice to get an answer.

Lukas
""", "thanks", "Other", sig={"csat": 4}, why="thanks; CSAT 4 is a churn trigger")

T("E", "em", "Fwd: client signed an LOI elsewhere", fwd("Priya Raman <priya.r@tai.example>", "Jean-Luc Martin <jl.martin@cobalt-energie.example>", """\
Support, forwarding from Cobalt Énergie (Enterprise). Jean-Luc told me on the phone that they signed an LOI with
another vendor last week. The trigger is below. Priya (AM)""", """\
Priya,

for the record, the reason: about 2 % of our tariff decisions come out different from what the rule table says, and
after four months nobody could tell us whether it is our data or your engine. We've signed a letter of intent with
another vendor and will decide in April.

Jean-Luc Martin, Head of Pricing"""), "maybe", "Feature", leave=True,
  why="the customer's own words, relayed: an LOI with another vendor")

T("P", "em", "Decision amounts multiplied by 100", """\
Hello,

since yesterday's maintenance (the migration announced for 22:00-23:00) all amounts in our stored decision history are
multiplied by 100 - a EUR 12.50 surcharge now shows as EUR 1,250.00, in the web app and in the API. New decisions look
correct. Our monthly settlement runs on Monday from this history.

Rutger
""", "loss", "Platform", why="stored decision history corrupted by a migration")

T("S", "em", "Service Unavailable everywhere", """\
Hi, your whole site returns a "Service Unavailable" page in my browser and our API calls just time out, for an hour now.
Is it down? We can't quote anything to customers.
""", "down", "Platform", why="the web app's error page and timeouts: TAI down, no API code")

T("E", "sl", "evaluation calls hang - prod blocked", """\
All our evaluation calls hang until our 30s client timeout, since 09:40 UTC. No response at all, no status code.
Production is blocked, checkout falls back to list price for everyone. Please page someone.
""", "down", "Platform", why="calls hang with no answer: down, not an API error code")

T("P", "em", "Oversold 300 units - reservation rule", """\
Hei,

our stock reservation rule in TAI ("max 1 per customer while stock < 500") stopped matching after your release on
Tuesday. Our limited edition sold out in minutes - we sold 300 units more than we have. Now we must cancel 300 orders
and pay each customer NOK 500 compensation as promised in our campaign terms, NOK 150 000 plus the lost goodwill. The
next drop is tonight at 20:00 and uses the same rule.

Sindre Bakke, Netthandel, Vestland Sport AS
""", "money", "Feature", why="a rule failing so the customer oversells and pays compensation")

T("S", "sl", "is TAI down?", """\
is TAI down? status page says all green but nobody on our team can log in and the API gives nothing either
(connection reset). been like this for 25 min
""", "down", "Platform", why="no login and no API answer: down")

T("E", "sl", "Same as before: empty scheduled reports", """\
Same as before: the scheduled report e-mails arrive empty (just the header row). We download the reports by hand every
morning instead. Please actually fix it this time.
""", "wa", "Feature", sig={"sameIssueTickets": 5, "csat": 2}, why="empty scheduled reports, manual download works; 5 same-issue tickets and CSAT 2")

T("P", "web", "Mobile approvals buttons", form([
    ("Name", "Noah Schmid"), ("Company", "Schmid Elektro AG"), ("Topic", "Approvals"), ("Urgency", "Normal")], """\
On the phone the approvals view cuts off the Approve/Reject buttons on the right; you have to turn the phone sideways
to see them. Works fine that way, just looks broken."""), "cosmetic", "Feature", sig={"urgent": True},
  why="cosmetic; the agent's urgent mark routes, does not raise")

T("E", "em", "Archive deleted our rules", """\
Hello,

yesterday one of our analysts selected 85 outdated rules and used "Archive" from the bulk menu. The confirmation said
they would be archived and could be restored. They are not in the archive - they are gone, and the API returns nothing
for their ids either. Some of them were still referenced by live rule sets. We need them back.

Regards, Beatriz Santos, Pricing Ops, Lusitana Retail
""", "loss", "Platform", why="stored rules deleted by an action that should archive")

T("P", "ph", "Leaving - reports empty since January", call(
    "I'll be blunt: we're leaving at renewal. Every report in TAI has shown 'no data' since January, although our checkout gets its decisions every day.",
    "A: I'm sorry. Is there any other screen where your team sees the results?",
    "No, and we have no developers to build something on the API. Our pricing team can't see what the rules are doing, so we can't justify the tool. We go.",
    agent="Ana"), "broken", "Feature", leave=True, why="leaving at renewal over reports broken without workaround")

T("E", "em", "Pricing engine stopped", """\
Hello,

TAI has stopped evaluating rules for us since 06:00: the evaluate calls return 200 OK with an empty "decisions" list
for every request, whatever the input, and the web app's rule tester shows "no rules evaluated" for rules that
matched yesterday. Our stores open at 09:00.

Kofi Mensah, Head of IT, Accra Fresh Markets
""", "down", "Platform", why="no rule evaluated at all; a 200 OK is not an error code")

T("S", "em", "No usage in weeks - help?", """\
Hello,

we signed up in January but have not made a single API call since the first week of February because our developer
left and nobody understands the setup. The web app works. Could someone walk us through it?

Beata
""", "howto", "Integration", idle=True, why="an API set-up how-to from a customer without API calls for 14+ days")

# ---------------------------------------------------------------- everything else -> StandardSupport
T("E", "em", "Dashboard delays", """\
Hi, some delays in the analytics dashboard for us today - charts take 20-30 seconds to appear. Everything else is
normal speed and the charts do load in the end.

Wout
""", "slow", "Feature", sig={"platformImpactPct": 20}, why="one slow screen; platformImpactPct 20 is not above 20")

T("E", "em", "Another company's rules in our search", """\
Hello,

when our analysts type in the rule search box, the autocomplete suggests rule names that are not ours - things like
"ZX Telecom - prepaid bonus Q2" and "Harlow Pharmacy loyalty tier 3". Clicking them opens a read-only view with the
full conditions and thresholds of those rules. We have never had anything to do with these companies. This looks like
other tenants' rules are visible in our workspace. Please investigate and tell us whether our rules could be visible to
others in the same way. We have asked our analysts not to open any more of them and have taken screenshots for you.

Hendrik Vos, Information Security Officer, Polder Foods BV
""", "floor", "Platform", sec=True, why="other tenants' rules visible in our workspace: a security hole")

T("P", "em", "API key visible in page source", """\
Hi,

our front-end dev noticed that the embeddable pricing widget puts our full secret API key (tai_live_...) into the page
source of every product page. Anyone can read it with "view source". We have rotated the key, but the new one is
exposed the same way as soon as we deploy the widget again. Is there a public/restricted key for the widget?

Yannick
""", "floor", "Platform", sec=True, why="the widget leaks the secret key: a security hole")

T("E", "em", "Removed user's API key still works", """\
Hello,

on Friday we removed a contractor from our workspace (Settings > Users > Remove). His web login no longer works, as
expected. But the API key he created in January still works: our monitoring saw calls with it on Sunday from an IP
address outside our network, reading rules and decision logs. We have now revoked the key by hand. We need to know
whether keys of removed users are supposed to stay valid, which other keys of removed users still exist in our
workspace, and whether other customers are affected. Our CISO asks for a written answer.

Regards, Mikael Holm, IAM, Nordsjö Shipping AB
""", "floor", "Platform", sec=True, why="a removed user's key keeps working: a security hole")

T("P", "em", "Session still valid after logout", """\
Hi,

during our yearly pen test the tester found that a session token copied before logout is still accepted two days
later: log out, replay the cookie in another browser, you are in. Report attached (finding TAI-03, rated high). We
need a statement and a fix date for our auditor.

Dmitri Volkov, Security, Kalina Cosmetics
""", "floor", "Platform", sec=True, why="sessions surviving logout: a security hole")

T("P", "em", "Objection to new sub-processor", """\
Dear Sir or Madam,

with reference to your notice of 14 February about the change of sub-processors under our Data Processing Agreement,
we formally object to the addition of "Cloudline Analytics Inc." (USA) as a sub-processor for decision logs. Please
confirm receipt of this objection and inform us how you intend to proceed under clause 9.3 of the DPA. Until this
is resolved, we do not consent to any transfer of our decision logs to the new sub-processor.

Yours faithfully,
Dr. Anja Roth, Data Protection Officer, Rothmann Versand GmbH
""", "floor", "Other", legal=True, why="a DPA objection is a legal issue")

T("E", "em", "Subpoena - decision logs", """\
Hello,

we have been served with a subpoena in a pricing dispute with a former distributor and must produce the decision logs
for their account for 2024-2025, with proof of integrity, within 21 days. Our counsel would like to talk to yours about
how to obtain a certified export. Please route this to your legal team.

Regards,
Martha Kline, Associate General Counsel, Kline Industrial Supply Inc.
""", "floor", "Other", legal=True, why="litigation is a legal issue")

T("P", "em", "Formal notice of claim", """\
Dear TAI,

on behalf of our client Brennan Motors Ltd we give notice that our client suffered losses of approximately
EUR 86,000 between 3 and 9 February because the TAI platform applied incorrect dealer margins, and that our client
holds TAI liable. The issue itself was fixed on 9 February and has not recurred. Please acknowledge receipt within
14 days and provide your insurer's details.

Fiona Brennan, Solicitor, Brennan & Walsh
""", "floor", "Other", legal=True, why="a liability claim over a past, fixed issue is a legal issue")

T("S", "em", "Can your staff see our rules?", """\
Hi,

a question for our privacy notice: can TAI employees see our rules and decision logs, for example when we open a
support ticket? And is that access logged somewhere we can check? Nothing happened, we just need to describe it.

Ben
""", "howto", "Other", why="a question about security is not a security issue")

T("P", "em", "SOC 2 report please", """\
Hi, our vendor-risk team asks for your latest SOC 2 Type II report and the bridge letter for the gap since its period
ended. Also a completed CAIQ if you have one. Do we need to sign an NDA first?

Thanks, Lisa
""", "paper", "Other", why="compliance paperwork")

T("S", "em", "Where are our decision logs stored?", """\
Hello, for our GDPR records of processing we need to write down in which country our decision logs and rule history
are stored and which of your sub-processors can access them. Is there a document we can attach? Thank you.
""", "paper", "Other", why="a records-of-processing question is compliance paperwork")

T("P", "em", "Confirmation no data was lost", """\
Hi,

our auditors ask for a short written confirmation that no data was lost or altered in yesterday's incident (the
25-minute API outage, resolved at 11:05). Could you send a letter on company paper? No data was lost as far as we can
see; it's just for their file.

Anneke
""", "paper", "Other", why="past incident; the 'no data lost' letter is paperwork")

T("S", "em", "Write-up for Tuesday's disruption", """\
Hello,

could you send us a write-up of Tuesday's disruption (about five and a half hours, from the morning until mid-
afternoon)? Everything has worked again since Tuesday evening; we only need the cause and a timeline for our
management meeting on Thursday.

Regards, Paolo
""", "past", "Other", why="a past outage's write-up")

T("E", "em", "RCA for Thursday", """\
Hi,

please send the RCA for Thursday's two-hour outage as soon as it is ready. It's resolved and we're fine now, but our
service manager has to file an incident report with our own customers by the 10th.

Thanks, Zeynep
""", "past", "Other", why="RCA for a resolved outage")

T("P", "em", "Can't add more than 50 conditions", """\
Hello,

in the condition builder the "+ Add condition" button disappears once a rule has 50 conditions, and importing the rule from a file
silently keeps only the first 50 conditions. Our price-matrix rules need 60-80 conditions and cannot be
split, because they must be evaluated together. So we cannot build them at all right now.

Best, Joanna
""", "broken", "Feature", why="rule builder capped, no workaround")

T("S", "em", "Aproved", """\
Small thing: on the approvals page the status reads "Aproved" (one p) for every approved request. Our team lead noticed
it in a customer demo. Could you fix the spelling?
""", "cosmetic", "Feature")

T("E", "em", "SAML with Azure AD", """\
Hello,

how do we set up SAML SSO with Azure AD? We have the Enterprise plan. The docs mention Okta and Google but I'm not sure
which claim names TAI expects for email and groups.

Thanks, Vikram
""", "howto", "Integration", why="SSO how-to")

T("P", "web", "Webhook signature mismatch", form([
    ("Name", "Emma Laurent"), ("Company", "Laurent Vins"), ("Topic", "Webhooks"), ("Urgency", "Normal")], """\
After upgrading our Node server to v22 the webhook signature check fails for about half the deliveries. Could be our
body parsing, could be your signing - we honestly can't tell. Unverified payloads are parked in a queue for now.
The failing ones seem to be the ones with non-ASCII product names (accents), if that is a hint."""),
  "maybe", "Integration", why="unsure whose bug")

T("S", "chat", "change notification email", chat(
    "hello, where can I change the email address that gets the notifications? it goes to my old colleague",
    "A: Hi! Settings > Notifications > Recipients. You need to be an admin.",
    "found it, thanks!",
), "howto", "Other", why="a how-to about the web app")

T("P", "sl", "API latency up but working", """\
heads up: API p95 went from ~180 ms to ~1.4 s since this morning (our APM, attached). everything still works, no
errors, just slow. is something going on?
""", "slow", "Platform", why="the API slow but working")

T("S", "em", "What if the API goes down mid-simulation?", """\
Hi,

what happens to running simulations if your API goes down in the middle of a run? Would we lose the results, or do
they continue on your side? Just planning, nothing happened.

Nils
""", "hypo", "Other", why="a hypothetical outage carries neither the outage nor the loss")

T("S", "em", "API reference PDF is outdated", """\
Hi, the "API reference (PDF)" link in the footer of the web app downloads a document for version 2 of the API - it
still lists endpoints you removed last year. Not a big deal, but new colleagues keep building against it.
""", "docs", "Other", why="outdated docs behind a web-app link")

T("P", "em", "Docs say 5 retries, we see 3", """\
Hello,

your docs say failed webhook deliveries are retried 5 times over 24 hours. In our logs we only ever see 3 attempts
within about 2 hours. Are the docs outdated, or is something wrong with our endpoint's responses (we return 503 during
deploys)? Not urgent, we catch up from the API anyway.

Tim
""", "maybe", "Integration", why="behaviour differs from docs; the 503 is the customer's own")

T("E", "em", "Erinnerungen um 3 Uhr nachts / reminders at 3 a.m.", """\
Hallo TAI-Team, hello,

(English below)

seit der Umstellung auf Sommerzeit... nein, eigentlich seit dem 1. Februar bekommen unsere Genehmiger die
Erinnerungs-E-Mails für offene Freigaben um 3 Uhr nachts statt um 9 Uhr morgens. Wir haben die automatischen
Erinnerungen deshalb abgeschaltet und erinnern die Kollegen jetzt von Hand.

In English: since 1 February our approvers get the reminder e-mails for pending approvals at 03:00 at night instead of
09:00 in the morning. Several managers complained because the mails wake them up on their phones. Our workspace time
zone is set to Europe/Berlin and the reminder schedule says 09:00. We have switched the automatic reminders off and
remind people by hand for now, which works, but with 40 approvers it is a lot of manual work.

Steps:
1. Settings > Approvals > Reminders: "daily at 09:00", time zone Europe/Berlin
2. Leave an approval pending overnight
3. The reminder arrives at 03:00 CET (see the attached mail header, "Date: ... 02:00:07 +0000")

Mit freundlichen Grüßen / kind regards
Katharina Böhm
Controlling, Böhm Feinkost GmbH & Co. KG
Industriestraße 7, 86150 Augsburg
""", "wa", "Feature", why="reminders sent at the wrong hour, reminding by hand works around")

T("P", "chat", "approval emails not sent", chat(
    "hi, approvers don't get the approval emails since yesterday. nothing in spam either",
    "A: Thanks. Do you also have the Slack notification channel set up?",
    "we do, and the slack messages come through",
    "A: Then as a workaround please point approvers to Slack while we look at the e-mail notifications.",
    "ok will do, they'll complain but fine",
), "wa", "Feature", why="notification e-mails broken, Slack works around")

T("S", "ph", "Publishing hangs", """\
Call notes (Ifeoma, 8 min): since yesterday morning the customer cannot publish any rule set - the publish dialog stays
on "Validating..." forever (waited 40 min, tried three browsers and two users). Drafts save fine, but nothing new goes
live and there is no other way to publish on their plan. Customer is polite, not angry, asks what we can do.
""", "broken", "Feature", why="publishing broken with no other way")

T("E", "em", "New SAML certificate rejected - nobody can log in", """\
Hello,

our IdP signing certificate expired last night (our side, we know). We generated a new one, but your SSO settings page
rejects the upload with "invalid certificate" - the same certificate works in our other 30 SAML apps. Password login is
disabled for our workspace by policy, so no human can log in to the web app now. Our API integrations keep running.

Regards, Thomas Nyberg
""", "broken", "Integration", why="SSO broken for every user with no way in, while the API works")

T("P", "em", "Import cuts rule names at the ampersand", """\
Hi,

we imported a CSV of 2,000 price rules and the result page said "Import complete". All rules are there, but the 136
rules with an ampersand in the name have their names cut at the "&" ("Bed & Bath -20%" became "Bed "). Our reports
group by rule name, so they are now merged. Renaming them by hand after the import works, so we are not stuck, but we
have another 5,000 to import next month.

Regards, Jorge
""", "wa", "Feature", why="import mangles names, renaming by hand works around")

T("S", "em", "Dashboard count vs our logs", """\
Hello,

the dashboard says 18,402 orders were evaluated in February, but our own logs show 18,950 evaluate calls that got a
decision back. A difference of 548. Is the dashboard counting something different, or is it missing some? Could be our
logging too, we honestly don't know.

Hanna
""", "maybe", "Feature", why="a dashboard and the customer's logs disagreeing")

T("E", "em", "Thank you, Marta", """\
Hi all,

just wanted to say thank you to Marta for the onboarding sessions last week. Our analysts went from zero to building
their first rule sets in two days. Great job!

Best, Julien Moreau, Head of Pricing, Moreau Distribution
""", "thanks", "Other")

T("P", "web", "Leap day rule", form([
    ("Name", "Grace Adeyemi"), ("Company", "Lagos Luxe"), ("Topic", "Rules"), ("Urgency", "Normal")], """\
A rule with "order date is in last 7 days" evaluated wrongly on 29 February: orders from 23 February were excluded.
It only affects that one day and we corrected the 5 orders manually. Not blocking, but it'll come back in 2028.
Other relative-date conditions (last 30 days, this month) looked right when we checked them the same day."""),
  "edge", "Feature", why="a rule edge case called not blocking")

T("S", "em", "Endpoint to list approvers?", """\
Hi, is there an API endpoint to list approvers of an approval flow? I looked at the reference but only found approval
requests. We want to sync them to our HR tool.
""", "howto", "Integration", why="API how-to")

T("E", "sl", "rule tester shows stale results", """\
rule tester panel shows the result of the PREVIOUS test input for rules with nested condition groups - you change the
order amount, click test, and get the answer for the old amount. reloading the page before each test gives the right
result. annoying but ok
""", "wa", "Feature", why="the rule tester shows stale results, reloading works around")

T("P", "em", "Le simulateur est très lent", """\
Bonjour,

le simulateur est très lent depuis lundi : 2 minutes pour une simulation d'une semaine, avant c'était 10 secondes. The
results are correct and everything else in the app is fast, it's only the simulator. Merci de regarder.

Camille
""", "slow", "Feature", why="slowness confined to one screen")

T("S", "web", "Draft vs published", form([
    ("Name", "Oskar Nowak"), ("Company", "Nowak Meble"), ("Topic", "Question"), ("Urgency", "Low")], """\
What is the difference between a draft rule and a published rule? Does a draft rule get evaluated by the API at all,
for example in simulations?"""), "howto", "Other", why="a how-to about the web app")

T("E", "em", "Python SDK 4.0 fails on import", """\
Hi,

the Python SDK 4.0.0 throws "TypeError: unsupported operand type(s) for |" on import under Python 3.9 (our production
runtime). Pinned to 3.8.2 it works, so we are pinned for now. Is 3.9 still supported?

Anders
""", "wa", "Integration", why="SDK broken, the older SDK works around")

T("P", "em", "Replay webhooks after our DNS mistake", """\
Hi,

our webhook endpoint was unreachable between 10:00 and 11:30 yesterday because we broke our own DNS record during a
migration (our mistake, fixed now). Your deliveries in that window never reached us. Can we replay the events from that
window, and how?

Thanks, Aleksander
""", "howto", "Integration", why="the customer's own outage; a replay how-to")

T("E", "ph", "Loyalty discount 8 instead of 12 (phone)", call(
    "Our loyalty rule gives gold members twelve percent, but the decisions come back with eight.",
    "A: Is that for all gold members or some?",
    "All of them since Monday. Customers complain at the till and the cashiers override it by hand, which works but is slow.",
    "A: Understood, I'll open this with the rules team. Could you send me a decision id?",
    "Sure, I'll mail it. To be clear, we're not here to renegotiate anything, we just need the rule fixed.",
    "A: Thank you. I'll confirm by e-mail with the ticket number.",
    agent="Keiko"), "wa", "Feature", why="a rule returning the wrong discount, manual override works; no price negotiation")

T("P", "chat", "rotate keys without downtime", chat(
    "how do I rotate API keys without downtime? can two keys be active at the same time?",
    "A: Yes, you can have two active keys; create the new one, deploy, then revoke the old.",
    "perfect thx",
), "howto", "Integration", why="API how-to")

T("S", "em", "Upload failed on large attachments", """\
Hello,

we can't attach files larger than 10 MB to approval comments: the toast says "Upload failed" after a while. We put the
files on our SharePoint and paste a link instead, that works, but the auditors prefer attachments.

Dorota
""", "wa", "Feature", why="attachments fail, a link works around")

T("E", "em", "Re: SOC 2 report", """\
Hi Sam,

thanks, the SOC 2 report arrived. Different thing while I have you: the simulation "Compare" tab crashes the browser
tab (Chrome "Aw, Snap!") whenever the comparison has more than about 5,000 rows. Smaller comparisons are fine, but ours
are always 20k+ and there is no other place to compare two simulations side by side. We've tried Edge and Firefox,
same. Exporting both simulations and diffing them does not work either, because the export does not include the
comparison columns we need (delta margin and delta volume).

Marek

> On 20 Feb, Sam (TAI Support) wrote:
> Please find our SOC 2 Type II report attached (valid until 30 Sept).
""", "broken", "Feature", why="a reply on an old SOC 2 thread now about a crash with no workaround")

T("P", "sl", "approvals stuck", """\
approvals stuck in 'awaiting' since 11:00. approvers click approve, spinner, nothing happens, status doesn't change.
tried another browser and incognito, same. we have 40 open price changes waiting and no other way to approve them
""", "broken", "Feature", why="approvals broken, other browsers don't help")

T("S", "em", "S3 export AccessDenied", """\
Hi,

the export to our S3 bucket fails with "AccessDenied" from AWS since we changed our bucket policy. Might be the policy,
might be your connector using a different role than documented - not sure. The manual download still works.

Jamie
""", "maybe", "Integration", why="an AWS error code is the customer's own system")

T("E", "em", "Retry advice for month-end close", """\
Hello,

we are designing our month-end close. In case the evaluate endpoint ever answers with a 503 during the close, should our
job retry, and how often, or does your side queue the request? What's your recommended retry policy? Nothing is
failing today.

Regards, Ludmila
""", "hypo", "Integration", why="an imagined 503 is no TAI API error")

T("P", "em", "Zapier connector keeps disconnecting", """\
Hi,

the Zapier connector loses its connection to TAI roughly every 24 hours ("authorization expired"). Reconnecting it in
Zapier fixes it until the next day, so we reconnect every morning. Is the token lifetime configurable?

Greetings, Ruth
""", "wa", "Integration", why="connector drops, reconnecting works around")

T("S", "web", "Rules with OR never match", form([
    ("Name", "Pablo Jimenez"), ("Company", "Jimenez Ferretería"), ("Topic", "Feature request"), ("Urgency", "Low")], """\
I selected 'feature request' but it is a problem: since yesterday, rules with OR conditions never match. Rules with
AND still work. Almost all of our discount rules use OR, so none of them apply. I don't know any workaround.
Rewriting them as separate AND rules would be 140 rules instead of 35, I can't do that by hand."""),
  "broken", "Feature", why="the form's topic is no fact; OR rules broken, no workaround")

T("E", "em", "Evaluate latency 650 ms", """\
Hi,

our latency dashboard shows evaluate calls averaging 650 ms since Tuesday, up from about 200 ms. Everything still
works and our timeouts are at 2 s, so there is no impact yet, but we'd like to know if it's on your side.

Regards, Henna
""", "slow", "Platform", why="the API slow but working")

T("S", "chat", "chart colours in dark OS theme", chat(
    "hi, when windows is in dark mode the dashboard chart colours are wrong, the legend is black on dark grey, unreadable",
    "A: Thanks for reporting! Does it look right in light mode?",
    "yes light mode is fine. just ugly",
), "cosmetic", "Feature", why="cosmetic")

T("E", "em", "Decision log search before Jan 1", """\
Hello,

the decision log search in the web app returns no results for any date before 1 January 2026. The data is there - we
can fetch it through the API with the same filters - but our auditors work in the web app.

Regards, Saskia
""", "wa", "Feature", why="search broken for old dates, the API works around")

T("P", "ph", "Duplicate webhook payloads", """\
Call notes (Tomasz): caller from a Professional customer, webhook payloads arrive twice for each event since Tuesday
(same event id, a few seconds apart). They deduplicate on their side by event id for now, so nothing is double-booked.
Want to know if it's a known issue.
""", "wa", "Integration", why="duplicate webhooks, deduplication works around")

T("S", "web", "invite colleague", """\
hello, how do I invite a colleague to our workspace? I'm the owner but I don't see an invite button anywhere, maybe
I'm blind. thanks!
""", "howto", "Other", sig={"csat": 5}, why="a how-to; CSAT 5 is no trigger")

T("E", "em", "Approvals escalate to the wrong manager", """\
Hello,

after last week's org chart sync, approvals escalate to the wrong manager - they go to the previous manager of the
department, who left in January. We can't reassign pending approvals and there is no way to override the escalation
target. Nobody here is thinking about switching tools, we like TAI, but this needs fixing this week.

Regards, Kerstin
""", "broken", "Feature", why="broken without workaround; not thinking about switching is no threat")

T("P", "em", "IDoc errors in SAP from the TAI connector", """\
Hi,

when the TAI connector posts approved price changes to our SAP system, about a third of the IDocs end in status 51
("application document not posted") with the message "material number does not exist". The materials do exist; maybe
the connector cuts leading zeros from our material numbers? Or our mapping is wrong - not sure. We re-post those by hand.

Regards, Dominik
""", "maybe", "Integration", why="SAP's own error is not a TAI API error; unsure whose bug")

T("P", "web", "Logo blurry - CRITICAL", form([
    ("Name", "Zoe Clarke"), ("Company", "Clarke & Co Interiors"), ("Topic", "Outage"), ("Urgency", "Critical")], """\
THE LOGO ON THE LOGIN PAGE IS BLURRY ON RETINA SCREENS!!! It looks unprofessional when we show TAI to our clients.
Please fix."""), "cosmetic", "Feature", why="cosmetic; the form's 'Outage'/'Critical' and capitals are no facts")

T("E", "em", "Fwd: simulation screen slow", fwd("Ben Hartley <ben.h@tai.example>", "Ruta Kaz <ruta.kaz@baltic-home.example>", """\
Support, Baltic Home (Enterprise) sees a slow simulation screen, details below. My own feeling: they're frustrated and
I think they might churn if this drags on, but they haven't said anything like that. Ben (AM)""", """\
Ben,

the simulation screen takes about 40 seconds to load since the last release (before: 3-4 seconds). We can still work,
just slowly, and the rest of the app is as fast as ever. Could your team look at it? It is worst on Monday mornings
when all twelve analysts open their simulations at once.

Rūta"""), "slow", "Feature",
  why="one slow screen; the AM's own guess is not the customer threatening to leave")

T("S", "web", "Duplicate a rule set", """\
Hi! How do I duplicate a whole rule set so I can try changes without touching the live one? I only see "duplicate" on
single rules.

Cheers, Fatma
""", "howto", "Other", sig={"lastApiCallAt": "2026-02-25T09:30:00Z", "csat": 6},
  why="a how-to; API used 5 days ago and CSAT 6 are no triggers")

T("P", "em", "Rule matches too late", """\
Hello,

our happy-hour rule ("17:00-19:00 -> 10 %") starts matching at 18:00 instead of 17:00. Might be the workspace time zone
(we're in Lisbon, the workspace says UTC+1?) or a bug, we're not sure. For now we set it to 16:00-18:00 and it works.

João
""", "maybe", "Feature", sig={"sameIssueTickets": 2}, why="unsure whose bug, shifted hours work around; 2 same-issue tickets is no trigger")

T("P", "em", "webhook payload without customer_segment sinse update", """\
Hello TAI suport,

I write you about the webhooks of type decision.completed. Sinse your update of last thursday (26/02) the payload dont
have anymore the field "customer_segment", before it was allways there, in the "context" object, now the context have
only "channel" and "store_id". Our middleware read this field to decide to which CRM queue the decision go, so now all
decisions fall in the default queue and the team of key accounts dont see there decisions.

What we do now: when the field is missing, our middleware call GET /v1/decisions/{id} and read the segment from there
(the API still give the segment, only the webhook not). This is working, the queues are correct again, but we make
about 40.000 extra calls per day and I am afraid of the rate limit in the black week. Also the latency is bigger, maybe
two seconds more per decision, not critical for us.

I am not sure if this is a change that you do on purpose (then please tell me where is it documented, I did not find in
the changelog) or a bug. We not changed nothing in the webhook configuration, I checked the audit log.

Some examples of event ids: evt_7Hq2kL9, evt_7Hq2kM1, evt_7Hq2kP4 (all from 01/03 in the morning).

Thank you very much and sorry for my english,

Rafael Oliveira
Analista de Integrações
Casa Oliveira Materiais de Construção Ltda.
São Paulo - Brasil
""", "wa", "Integration", why="a webhook field missing, fetching it from the API works around; non-native English")


if __name__ == "__main__":
    main()
