#!/usr/bin/env python3
"""Ninth unseen ticket set (session 12, helper fresh9): writes tickets-fresh9.jsonl (Q001..Q150), split "fresh9".

Purpose: an honest measurement, in a later session, of the triage engine and of the trained second reader on
tickets nobody tuned on. Run `python3 make_fresh9.py`: it checks every label against the rules below (the facts I
read in each ticket are given as keywords and the route, pages and priority/category constraints are derived from
them), writes tickets-fresh9.jsonl next to itself (UTF-8, "\\n" newlines) and prints the labels' distribution (no
engine involved). Written and labelled from the labelling rules copied below (make_fresh8.py's docstring, which
copied make_fresh7.py's), the manual's §2.1-§2.3, §4 and quick reference and default-policy D1-D29 (opened to check
D11 and D14 for the structured signals), and committed on its own BEFORE any engine ran on these tickets. The
situations and wording are my own. This writer differs from the earlier ones on purpose: about a third of the
tickets are long (600-2,000 characters) with quoted earlier replies, forwarded chains, signatures and confidentiality
notices; several are in or mix German, Spanish, French, Portuguese and Italian or are written in non-native English
with typos; some are Slack-style fragments or an agent's call notes; and 20 carry structured signals.

What the writer read: /work/wt/HELPERS.md; the brief; the module docstring of make_fresh8.py (lines 1-108, nothing
after); the first line of tickets-fresh8.jsonl (P001, for the JSON line format); `grep -h '"signals"'
tickets-fresh7.jsonl | head -3` (three fresh7 tickets, for the format of structured signals); FreshTickets8Tests.cs
(through `git show 014e43e`, which also showed the TriageCorpusDumpTests.cs and .csproj lines fresh8 added),
TriageCorpusDumpTests.cs, TriageCorpus.cs lines 1-150, the test .csproj's Corpus lines; TicketSignals.cs (property
names only); the quoted strings of TriageRequestJson.cs (names only, via grep); the manual
/work/shared/spec/support-operations-manual.md (§2.1-§2.3, §4.1-§4.4, quick reference) and
/work/shared/spec/default-policy.md. `ls` of the Corpus folder showed file names only; `grep -c '"id": "Q'` on every
corpus file printed only counts, all 0 (no id clash).
Not read: tickets.jsonl, tickets-fresh*.jsonl beyond the lines above, make_corpus.py, make_fresh.py .. make_fresh7.py,
the rest of make_fresh8.py, DefaultKeywords.cs, TextSignalExtractor.cs, KeywordIndex.cs, TicketTriage.cs,
ChurnDetector.cs, any "Wording" test, docs/triage-and-escalation.md, CHANGELOG.md, tools/triage-model-experiment.py,
TriageCorpus.cs after line 150.
Disclosure: (1) while looking for TicketSignals I grepped the `public` lines of src/TaiSupport.Core/Triage/
SignalExtraction.cs (type and member names: ISignalExtractor, SignalEvidence, SignalExtraction, SignalExtractors.Combine/
Merge/Get), nothing else of it. (2) `git log --oneline | head -5` showed commit titles, among them fresh8's aggregate
figures (68.3 / 72.5 / 84.2 %, false pages 4.2 %) and engine titles naming a "PreviousWordIs" word check and a
"customer's-own-price check" read by a "clause reader"; no per-ticket result. (3) make_fresh8.py's docstring shows
its ticket P001 (root cause of past 500s) and repeats earlier disclosures (a rule editor whose Save does nothing,
HTTP 500 from POST /v1/simulations, simulations stuck "Running", a 5xx storm in Slack); the three fresh7 signal
tickets are an export off by a day (CSAT 2), a rule test panel crashing on a date condition (4 tickets) and invoices
in the wrong currency (CSAT 3, 3 tickets). Situations of the same kind occur here in my own words and details (a
post-mortem request for past 503s, simulations aborting, an editor's autosave, a rule tester returning nothing with
CSAT 1, an export writing dates in the wrong format); none is reused. Nothing else was seen by accident. No engine
(tai, triage, the tests, the dump, a report) ran on these tickets before the labels were committed.
Structured signals: 20 tickets carry them, with TicketSignals' names as the request JSON reads them: csat,
sameIssueTickets, lastApiCallAt (an instant; TriageCorpus.Now is 2026-03-02T17:00Z, so 14+ days is before
2026-02-16T17:00Z), urgent, platformImpactPct, apiErrorCode. They are labelled per D11 (structured signals decide
first): platformImpactPct > 20 makes a mild-sounding ticket Critical; a structured apiErrorCode routes even when the
text names no code; CSAT < 5, 14+ days without API calls, 3+ same-issue tickets and an agent's urgent mark are churn
risk (route ChurnEscalation and a VP page when no earlier route wins; only an alert, no page, when finance or the
feature-request log wins); CSAT 5 or more is no trigger.

Labelling rules: exactly those of make_fresh8.py (which copied make_fresh7.py's, make_fresh6.py's, make_fresh5.py's,
make_fresh4.py's), copied below verbatim, so the sets compare.
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
Distribution of the labels (printed by the script): route StandardSupport 70, ChurnEscalation 33, Finance 19,
EngineeringEscalation 14, FeatureRequestLog 8, AutoResolve 6; priority Low 52, Medium 44, High 34, Critical 20;
category Feature 47, Integration 38, Platform 24, Other 22, Billing 19; tier Professional 65, Enterprise 47, Starter
38; channel email 89, web 21, chat 19, slack 14, phone 7; pages none 96, vp 25, oncall+status+vp 20, legal+oncall 5,
legal 4 (page kinds: vp 45, oncall 25, status 20, legal 9); 53 bodies of 600-2,000 characters; 20 tickets with
structured signals. The tickets are written grouped by priority, lengthened by the EXT table (quoted replies,
forwarded headers, signatures), and shuffled with a fixed seed before the ids are given.
"""

import json
import pathlib
import random
from collections import Counter
from datetime import datetime, timezone

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc)  # TriageCorpus.Now
AUTO_RESOLVE = {"401", "429", "malformed"}
SIGNAL_NAMES = {"csat", "sameIssueTickets", "lastApiCallAt", "urgent", "platformImpactPct", "apiErrorCode"}
PRIORITIES = ["Critical", "High", "Medium", "Low"]
CATEGORIES = ["Platform", "Feature", "Integration", "Billing", "Other"]
ROUTES = ["AutoResolve", "EngineeringEscalation", "Finance", "FeatureRequestLog", "ChurnEscalation", "StandardSupport"]
TIERS = ["Starter", "Professional", "Enterprise"]
CHANNELS = ["email", "chat", "slack", "web", "phone"]

TICKETS = []


def T(tier, channel, subject, body, priority, category, route, pages, reason, signals=None, *, code=None, bill=False,
      fr=False, threat=False, repeat=False, legal=False, vuln=False, loss=False, deal=False, crit=False):
    """One ticket. The keyword facts are what I read in the ticket (the rules' inputs); the labels are checked against them.

    code: the TAI API error code the ticket reports ("malformed" for an unparseable body; None when the code is the
    customer's own, past, hypothetical or absent); bill: billing/account; fr: a feature request is the main ask;
    threat: a threat to leave; repeat: 3+ tickets on the same issue stated in the text; legal: a legal issue;
    vuln: a security hole in the platform; loss: stored-data loss or corruption; deal: Enterprise contract change or
    price negotiation; crit: TAI down for the customer or the customer losing money (business loss).
    """
    TICKETS.append(dict(tier=tier, channel=channel, subject=subject, body=body, priority=priority, category=category,
                        route=route, pages=sorted(pages), reason=reason, signals=signals, code=code, bill=bill, fr=fr,
                        threat=threat, repeat=repeat, legal=legal, vuln=vuln, loss=loss, deal=deal, crit=crit))


def check(t):
    """The labelling rules below, as code: every label must follow from the facts and the structured signals."""
    s = t["signals"] or {}
    name = t["subject"]
    assert set(s) <= SIGNAL_NAMES, name
    assert t["tier"] in TIERS and t["channel"] in CHANNELS, name
    assert t["priority"] in PRIORITIES and t["category"] in CATEGORIES and t["route"] in ROUTES, name
    code = t["code"]
    if "apiErrorCode" in s:  # structured signals decide first (D11)
        assert code == s["apiErrorCode"], name
    days = None
    if "lastApiCallAt" in s:
        days = (NOW - datetime.fromisoformat(s["lastApiCallAt"].replace("Z", "+00:00"))).total_seconds() / 86400
    churn_signal = (s.get("csat", 10) < 5 or s.get("sameIssueTickets", 0) >= 3 or (days is not None and days >= 14)
                    or s.get("urgent", False))
    churn = t["threat"] or t["repeat"] or churn_signal
    critical = t["crit"] or t["loss"] or s.get("platformImpactPct", 0) > 20
    # priority (quick reference, D11, D16, §4.1, §4.3, §2.2.1)
    assert (t["priority"] == "Critical") == critical, name
    if t["threat"] or t["legal"] or t["vuln"]:
        assert t["priority"] in ("Critical", "High"), name
    if t["vuln"] and not critical:
        assert t["priority"] == "High", name
    if (t["fr"] or t["bill"]) and not (t["threat"] or critical or t["legal"]):
        assert t["priority"] == "Low", name
    # category (§2.2.2)
    if t["bill"]:
        assert t["category"] == "Billing", name
    if t["fr"]:
        assert t["category"] == "Feature", name
    if t["vuln"] or t["loss"]:
        assert t["category"] == "Platform", name
    if t["deal"]:
        assert t["tier"] == "Enterprise" and t["bill"], name
    # route (§2.1, D12, first match)
    if code is not None:
        route = "AutoResolve" if code in AUTO_RESOLVE else "EngineeringEscalation"
    elif t["bill"]:
        route = "Finance"
    elif t["fr"]:
        route = "FeatureRequestLog"
    elif critical or churn:
        route = "ChurnEscalation"
    else:
        route = "StandardSupport"
    assert t["route"] == route, (name, route)
    # pages (§4.2, §4.3, §4.4, §2.1 Tier 4)
    pages = set()
    if critical:
        pages |= {"oncall", "status", "vp"}
    if route == "ChurnEscalation" or t["threat"] or t["deal"]:
        pages.add("vp")
    if t["legal"] or t["vuln"]:
        pages.add("legal")
    if t["vuln"] or t["loss"]:
        pages.add("oncall")
    assert t["pages"] == sorted(pages), (name, sorted(pages))
    assert "§" in t["reason"] and "D1" in t["reason"], name


# ---------------------------------------------------------------- Critical
T("Enterprise", "email", "Evaluations stuck in 'queued' since this morning",
"""Good morning,

I hope you are well, and apologies for writing before your office hours.

Since about 07:40 CET not a single one of our rules has evaluated. The dashboard loads and we can log in, but every
evaluation request sits in the 'queued' state and never completes, in both of our workspaces (Retail-DE and
Retail-AT). Our order pipeline waits for your decision on each basket, so at the moment nothing leaves our
warehouses. Our own status page already shows a partial outage for our shop.

We have not changed anything on our side since Friday's release, which ran fine all weekend.

> On 27 Feb, TAI Support wrote:
> Thanks Mareike, the queue delays you saw on Thursday were caused by a worker restart on our side and are resolved.
> Please let us know if you notice anything similar again.

It does look similar, only this time nothing comes out of the queue at all. I would be grateful if someone could have
a look as soon as possible.

Kind regards,
Mareike Vossberg
Head of Platform Operations | Nordhaus Handel GmbH
Tel. +49 40 5550 1820
--
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender.""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "TAI evaluating no rule at all is TAI down, said politely -> Critical, Platform; no API code -> churn/urgent route; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical)",
  crit=True)

T("Professional", "slack", "prod dark - HTTP/2 503",
"""@tai-support every call to api since ~02:05 UTC answers HTTP/2 503, all endpoints. our pricing service is dark, no prices on the site at all. status page says green??""",
  "Critical", "Platform", "EngineeringEscalation", ["oncall", "status", "vp"],
  "503 from the TAI API on every call, customer fully down -> Critical, Platform; non-auto-resolve API error -> engineering (quick reference CRITICAL, D11; §2.1 Tier 1, D12; §4.2 critical)",
  code="503", crit=True)

T("Starter", "web", "Discounts not applied - refunding customers by hand",
"""Hi, since yesterday afternoon the webhook that tells our shop which discount rule matched has stopped arriving. Without it the shop charges full price, and customers complain, so we refund the difference one by one. We have refunded about EUR 3,100 so far and lost several orders from people who gave up. Nothing changed on our end. Please help.""",
  "Critical", "Integration", "ChurnEscalation", ["oncall", "status", "vp"],
  "webhook failure making the customer lose money -> Critical in its own category Integration; no API code -> churn/urgent route (quick reference CRITICAL, D11; §2.2.2; §2.1 Tier 4, D12; §4.2 critical)",
  crit=True)

T("Enterprise", "phone", "Rule history for EU-VAT ruleset empty after maintenance",
"""Call notes (agent): Customer's compliance lead called at 16:20. After last night's maintenance window the version history of their 'EU-VAT' ruleset is empty - roughly 14 months of published versions are gone, only the current draft remains. They need the history for an audit in two weeks. Customer was calm and polite, asked us to check backups.""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "stored version history lost -> data loss, Critical, Platform (D16 P1, §4.4 URGENT); churn/urgent route; critical pages (D11; §2.1 Tier 4, D12; §4.2 critical)",
  loss=True)

T("Professional", "chat", "slow + some failures?",
"""hey, seeing slowness and a few failed evaluations this afternoon. not sure if it's just us, could you check?""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "structured platformImpactPct 35 > 20 decides first: widespread outage -> Critical, Platform (D11; §4.4 URGENT); churn/urgent route; critical pages (§2.1 Tier 4, D12; §4.2 critical)",
  {"platformImpactPct": 35})

T("Enterprise", "email", "Web-App nicht erreichbar / app and API not reachable",
"""Sehr geehrtes Support-Team,

seit heute ca. 06:30 Uhr ist die Web-App nicht erreichbar - wir sehen nur eine weiße Seite. Auch die API antwortet
nicht: unsere Aufrufe laufen nach 60 Sekunden in einen Timeout, es kommt überhaupt keine Antwort zurück.

Sorry, my colleagues in Lisbon are on copy, so in English as well: since about 06:30 CET the web app shows only a
blank white page and the API does not answer at all (our calls time out after 60 s without any response). None of
our three production workflows can run, so effectively we cannot use TAI today. We checked our firewall and proxy
with our network team; other SaaS tools work normally from the same network.

Could you please confirm whether there is a known incident and give us an estimate?

Mit freundlichen Grüßen / Best regards

Jörg Albrecht
IT Service Management
Kessler & Söhne Logistik AG
Hafenstraße 12, 28217 Bremen""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "web app and API both unreachable (a timeout is no API error code) -> TAI down, Critical, Platform; churn/urgent route; critical pages (quick reference CRITICAL, D11; §2.1, D12; §4.2 critical)",
  crit=True)

T("Professional", "email", "POST /v2/evaluate - Error 500 on every request, checkout blocked",
"""Hello,

Since 09:12 this morning every request to POST /v2/evaluate comes back with "Error 500 - internal server error". Our checkout calls it for each cart, so no customer can finish an order and we are losing sales every minute this lasts.

Request id of one example: 7f3c9e21-a0b4. We retried from two regions, same result.

Thanks,
Ravi Menon
Lead Engineer, Brightcart""",
  "Critical", "Platform", "EngineeringEscalation", ["oncall", "status", "vp"],
  "500 on every evaluate call, customer down and losing sales -> Critical, Platform; non-auto-resolve API error -> engineering (quick reference CRITICAL, D11; §2.1 Tier 1, D12; §4.2 critical)",
  code="500", crit=True)

T("Enterprise", "slack", "thresholds x100 after bulk import",
"""heads up - after the bulk import at 15:00 ALL stored thresholds in our credit rules are multiplied by 100. 0.05 became 5.0, 0.2 became 20. we didn't import thresholds, only descriptions. prod is now approving basically every credit application. we've paused nothing yet because pausing = no approvals at all. pls advise""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "stored rule data corrupted (and approvals going out wrongly) -> Critical, Platform (D16 P1, §4.4 URGENT, D11); churn/urgent route; critical pages (§2.1 Tier 4, D12; §4.2 critical)",
  loss=True)

T("Starter", "chat", "our rules all gone?",
"""hello, sorry to disturb. our account show 0 rules since this morning, before we had 63 rules. maybe is only a display problem? we did not delete anything, nobody else has the login""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "63 stored rules vanished; the customer's 'maybe display' doubt does not change it -> data loss, Critical, Platform (D16 P1, §4.4 URGENT, D11); churn/urgent route; critical pages (§2.1, D12; §4.2 critical)",
  loss=True)

T("Professional", "email", "Fwd: rebate clawback not applied - approx. $18k",
"""Hi TAI team, forwarding the note from our finance controller below. Could you look into it today please?

Thanks, Dana

---------- Forwarded message ---------
From: Luis Ortega <l.ortega@harborlane.example>
Date: Mon, 2 Mar 2026 at 10:14
Subject: rebate clawback not applied
To: Dana Whitfield <d.whitfield@harborlane.example>

Dana,

the 'Distributor rebate clawback' rule has not applied since Friday. We paid out 1,240 distributor invoices over the
weekend without the clawback deduction. By my count that's roughly $18,000 we now have to chase back, and some of it
we won't recover. The rule still shows as Active in TAI and the test panel even says it matches a sample invoice, but
in the real runs the deduction line is simply not there.

Can you get the vendor on it? Every batch today adds to the number - the next payout run is at 16:00.

Luis
Finance Controller, Harbor Lane Supply""",
  "Critical", "Feature", "ChurnEscalation", ["oncall", "status", "vp"],
  "a rule silently not applying makes the customer lose money (not a TAI invoice error) -> Critical in its own category Feature; churn/urgent route; critical pages (quick reference CRITICAL, D11; §2.2.2; §2.1 Tier 4, D12; §4.2)",
  crit=True)

T("Enterprise", "slack", "502s everywhere",
"""502s everywhere from the api, all our services alerting""",
  "Critical", "Platform", "EngineeringEscalation", ["oncall", "status", "vp"],
  "structured apiErrorCode 502 and platformImpactPct 60 decide first: widespread outage -> Critical, Platform; non-auto-resolve code -> engineering (D11; §4.4 URGENT; §2.1 Tier 1, D12; §4.2 critical)",
  {"apiErrorCode": "502", "platformImpactPct": 60}, code="502")

T("Enterprise", "email", "Production tenant unreachable since 02:10 UTC",
"""Hello,

With apologies for the weekend email. Our production tenant has been unreachable since 02:10 UTC: the login page
shows a "Service Unavailable" page in every browser we tried, and all of our scheduled approval runs that are set up
inside the web app have failed since then.

No rush on explanations - we would just like to have it back before our European teams start on Monday.

Many thanks,
Priya Raman
Director, Revenue Systems
Castellan Insurance Group""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "whole tenant unreachable, shown as the web app's own error page (no TAI API code) -> TAI down, Critical, Platform; churn/urgent route (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical)",
  crit=True)

T("Professional", "phone", "Approvals skipped - orders shipped to blocked accounts",
"""Caller (ops manager) reports that since this morning orders from accounts on their credit-block list are auto-approved - the approval step simply doesn't appear. Warehouse shipped about 40 such orders today before they noticed; they say that is money they will likely not see. They have no manual way to force the step.""",
  "Critical", "Feature", "ChurnEscalation", ["oncall", "status", "vp"],
  "approvals feature skipping its step and the customer losing money on shipped goods -> Critical, Feature (quick reference CRITICAL, D11; §2.2.2); churn/urgent route (§2.1 Tier 4, D12); critical pages (§4.2)",
  crit=True)

T("Enterprise", "email", "Second full outage this month",
"""To whom it may concern,

Your API stopped answering at 13:50 CET today; our connections simply time out and nothing comes back. This is the
second complete outage this month. If service is not restored within the hour, we will invoke the termination for
cause clause in our agreement and move to another provider.

Henrik Dahl
CTO, Fjordline Payments""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "API not answering (timeout, no code) -> TAI down, Critical, Platform; threat to leave -> churn escalation, VP Product (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical, §4.3 trigger 2, D14)",
  crit=True, threat=True)

T("Starter", "web", "Ordering page down - status: 504",
"""Every call we make to your API answers with status: 504 since 11:00 our time. Our ordering page depends on it and is down for all our customers. We are a small shop, please help quickly.""",
  "Critical", "Platform", "EngineeringEscalation", ["oncall", "status", "vp"],
  "504 from the TAI API on every call, customer's ordering down -> Critical, Platform; non-auto-resolve code -> engineering (quick reference CRITICAL, D11; §2.1 Tier 1, D12; §4.2 critical)",
  code="504", crit=True)

T("Professional", "email", "API responde con error 500 - facturación parada",
"""Buenos días,

desde las 8:00 (hora de Madrid) la API responde con error 500 a todas nuestras peticiones, también a las más simples
(GET /v1/rulesets). Nuestra facturación depende de ella y está completamente parada: hoy no hemos podido emitir
ninguna factura.

Sorry for my English: since 8:00 every request gives error 500, our invoicing is stopped completely.

Un saludo,
Carmen Ibáñez
Responsable de Sistemas - Distribuciones Levante S.L.""",
  "Critical", "Platform", "EngineeringEscalation", ["oncall", "status", "vp"],
  "500 on every TAI API call, customer's invoicing stopped -> Critical, Platform; non-auto-resolve code -> engineering (quick reference CRITICAL, D11; §2.1 Tier 1, D12; §4.2 critical)",
  code="500", crit=True)

T("Enterprise", "chat", "Audit log entries overwritten",
"""Our audit log for February now only contains yesterday's entries, repeated. Everything from 1-27 Feb that was there last week is gone. We rely on it for SOX evidence. Can you restore it?""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "stored audit log overwritten -> data loss/corruption, Critical, Platform (D16 P1, §4.4 URGENT, D11); an evidence need is no legal issue; churn/urgent route; critical pages (§2.1, D12; §4.2)",
  loss=True)

T("Professional", "slack", "fulfilment webhooks stopped after your deploy",
"""since your deploy this morning no webhooks reach our fulfilment service. orders aren't released, trucks leaving half empty. that's real revenue we're losing today. again not impressed tbh""",
  "Critical", "Integration", "ChurnEscalation", ["oncall", "status", "vp"],
  "webhook failure losing the customer revenue -> Critical, Integration (D11; §2.2.2); CSAT 3 also churn risk; churn/urgent route; critical pages (§2.1 Tier 4, D12; §4.3 trigger 1, D14; §4.2)",
  {"csat": 3}, crit=True)

T("Starter", "email", "Nothing answers - app or API",
"""Hi,

neither the app nor the API answers for us since about an hour. The browser just spins on app.tai, and curl to the API hangs until it gives up. We can't do anything.

Thanks
Tomasz""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "app and API both hanging (no code returned) -> TAI down, Critical, Platform; churn/urgent route; critical pages (quick reference CRITICAL, D11; §2.1 Tier 4, D12; §4.2 critical)",
  crit=True)

T("Enterprise", "email", "Re: Re: ruleset restore - records corrupted",
"""Hi Sam,

Thanks for the quick restore yesterday. Unfortunately it made things worse: since the restore about a third of the
conditions in our 'Claims triage' ruleset reference fields that don't exist any more ("field_8812", "field_8813" ...),
and the rules that use them now evaluate to false for every claim. So claims that should be fast-tracked sit in the
manual queue and our adjusters are doing all of them by hand today.

> From: Sam (TAI Support)
> Sent: 1 March 2026 18:02
> Hi Olusegun, the ruleset has been restored from the 28 Feb snapshot. Everything should be back as it was.
> Best, Sam
>
>> From: Olusegun Bakare
>> Sent: 1 March 2026 15:40
>> Our ruleset looks half-edited after the import failure, could you restore the last good version?

We would be very grateful for help today - the snapshot seems to be damaged.

Olusegun Bakare
Claims Automation Lead, Meridian Mutual""",
  "Critical", "Platform", "ChurnEscalation", ["oncall", "status", "vp"],
  "stored ruleset corrupted by the restore (fields gone) -> data corruption, Critical, Platform (D16 P1, §4.4 URGENT, D11); churn/urgent route; critical pages (§2.1 Tier 4, D12; §4.2)",
  loss=True)
# ---------------------------------------------------------------- High
T("Enterprise", "email", "Removed user can still get in via old session link",
"""Hello TAI Security / Support,

During our quarterly access review we found that a contractor whom we removed from Okta on 3 February (and who was
deprovisioned in TAI by SCIM the same day - we can see the event in your admin log) can still open TAI. He sent us a
screenshot this morning, taken today, from a bookmarked link; it opens the full rule library with edit buttons.

We have asked him to stop, obviously, but we have no way to kill that session from our side: he no longer appears in
the user list, so there is nothing to revoke.

Please treat this with priority and tell us (1) how to terminate the session now, and (2) whether any other
deprovisioned users could be in the same situation.

Regards,
Anneliese Grünwald
Information Security Officer
Alpenrand Versicherung AG

Diese Nachricht ist vertraulich. / This message is confidential.""",
  "High", "Platform", "StandardSupport", ["legal", "oncall"],
  "access kept after SCIM deprovisioning is a security hole -> Platform, High (not Critical: nothing lost); legal + on-call pages (§4.1 Tier 4, §4.2 legal, §4.4 URGENT; D11, D12 default route)",
  vuln=True)

T("Enterprise", "email", "Notice of claim - incorrect tax determination",
"""Dear Sir or Madam,

We write on behalf of our client, Orion Home Appliances Ltd., a customer of your platform. Between 3 and 24 February
2026 the tax rules executed by your service applied a reduced VAT rate to 11,402 invoices issued by our client. Our
client has incurred penalties and interest as a result.

This letter constitutes formal notice of a claim for damages under clause 14 (Liability) of the Master Subscription
Agreement. Please confirm within 14 days the name of the person responsible for handling this matter and preserve all
records relating to the rule executions in question.

Yours faithfully,
Whitcombe & Lyle LLP""",
  "High", "Other", "StandardSupport", ["legal"],
  "a lawyer's liability claim is a legal issue: legal letter -> Other, High floor; General Counsel + CISO page (§4.1 Tier 4, §4.2 legal; §2.2.2 Other; D11, D12 default route)",
  legal=True)

T("Professional", "email", "Inquiry from the data protection authority",
"""Hello,

we received a formal inquiry from the Landesbeauftragte für Datenschutz asking how personal data of our end customers
is processed in TAI (which data, where it is stored, which sub-processors). We have to answer by 20 March. Could you
connect us with whoever can provide the details and maybe a statement from your side?

Best, Katrin Vogel, Datenschutzkoordination""",
  "High", "Other", "StandardSupport", ["legal"],
  "a regulator's inquiry is a legal issue (not paperwork) -> Other, High floor; legal page (§4.1 Tier 4, §4.2 legal; §2.2.2; D11, D12)",
  legal=True)

T("Starter", "web", "I received another company's customer list in a notification",
"""This morning I got an email notification from TAI about a "rule match digest". It lists 27 customer names and email addresses that are not ours - looks like another company's customers (a dental clinic?). I have not forwarded it. Please check what happened, I'm worried our data went to someone else too.""",
  "High", "Platform", "StandardSupport", ["legal", "oncall"],
  "another tenant's personal data in a notification: possible personal-data breach and a security hole -> Platform, High; legal + on-call (§4.1 Tier 4, §4.2 legal, §4.4 URGENT; D11; D12 default route)",
  vuln=True, legal=True)

T("Professional", "email", "Simulations aborting for a week - we will cancel",
"""Rule simulations have failed with "simulation aborted" for a full week now, on any ruleset, even a tiny one. There is no other way for us to test changes before they go live. If this is not fixed by Friday we will cancel our subscription.

Niamh O'Connell""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "simulations broken with no workaround -> High, Feature; threat to cancel -> churn escalation, VP Product (quick reference HIGH, D11; §2.1 Tier 4, D12; §4.3 trigger 2, D14)",
  threat=True)

T("Enterprise", "email", "Export issues ahead of our renewal review",
"""Hi Marcus,

I wanted to give you a heads-up before our renewal conversation in April.

Since the February release our scheduled decision exports to S3 have stopped: the job shows "completed", but no file
arrives in the bucket, and the manual "Export now" button produces the same empty result. Our data team relies on
those exports for the weekly risk report, which we have now missed twice. We tried a new bucket and new credentials
with the same result.

To be transparent: procurement has asked us to run a vendor comparison this quarter, and with this open it is going to
be hard for me to argue that we should stay with TAI. We have started a trial with another vendor in parallel. I'd
much rather this got fixed.

Best regards,
Sophie Lambert
Head of Data & Analytics
Verano Retail Group
M +33 6 55 01 22 90""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "exports broken with no workaround -> High, Feature; trialling a replacement and renewal in doubt is a threat to leave -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 2, D14)",
  threat=True)

T("Starter", "chat", "Duplicate ruleset button does nothing",
"""the 'Duplicate ruleset' button does nothing. tried Chrome, Firefox and Edge, cleared cache, other account member too. no error, just nothing. I need a copy to try changes safely""",
  "High", "Feature", "StandardSupport", [],
  "a feature broken with every workaround tried and failing -> High, Feature (quick reference HIGH, D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "SCIM stopped creating users",
"""Hi,

since Tuesday our SCIM connector (Entra ID) no longer creates users in TAI. The provisioning log in Entra says
"success", but the users never appear. Our plan only allows SCIM provisioning, so we can't add the four new joiners by
hand either and they can't work.

Thanks,
Owen Fairley
IT, Ledgerwise""",
  "High", "Integration", "StandardSupport", [],
  "SCIM provisioning broken with no workaround -> High, Integration (quick reference HIGH, D11; §2.2.2; §2.1 default, D12)")

T("Professional", "slack", "four-oh-three after key rotation",
"""getting four-oh-three on GET /v1/rulesets since we rotated keys this morning. even with the brand new admin key. everything that reads rules is blocked""",
  "High", "Integration", "EngineeringEscalation", [],
  "403 from the TAI API, blocking, no workaround -> High, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="403")

T("Enterprise", "email", "Re: Publishing via API - statusCode=422",
"""Hi Aisha,

thanks for the suggestion, but unfortunately setting "operator": "eq" instead of "equals" did not help. Every publish
through the API still fails:

    {"statusCode":422,"error":"unprocessable","detail":"condition.operator"}

This happens for every ruleset, including ones that were created and published through the same API call last
month, and our deployment pipeline has no other way to publish - the web app's "Publish" is disabled for our
pipeline-managed rulesets by design.

> On Fri, Feb 27, 2026 at 4:51 PM TAI Support wrote:
> Hello Bram, a 422 usually means a field value the API does not accept. Could you try "eq" rather than "equals"
> for the operator? Let us know how it goes.
> Aisha

Release of our Q1 pricing is frozen until this works.

Bram de Vries
Platform Engineering, Kooistra Groep""",
  "High", "Integration", "EngineeringEscalation", [],
  "422 from the TAI API on every publish, no workaround -> High, Integration; non-auto-resolve code -> engineering; Enterprise gets its CSM, no page (D11; §2.1 Tier 1, D12; §4.2 Enterprise)",
  code="422")

T("Professional", "email", "Charged twice for February - refund or we move",
"""Hello,

your card charge for February went through twice ($1,180 each, 1 Feb and 2 Feb). I opened a request through the billing page ten days ago and heard nothing. If the duplicate isn't refunded this week we are moving to a different provider.

Gregor Lindqvist, Owner, Lindqvist Bikes""",
  "High", "Billing", "Finance", ["vp"],
  "billing dispute (duplicate charge) -> Billing, finance route; the threat to leave sets the High floor and pages the VP (§2.1 Tier 2, D12; §4.3 trigger 2, D14; D11)",
  bill=True, threat=True)

T("Enterprise", "slack", "SAML group mapping or we switch",
"""honestly without SAML group -> role mapping we'll have to move to another tool next quarter. managing 600 users by hand isn't happening. can this get on the roadmap?""",
  "High", "Feature", "FeatureRequestLog", ["vp"],
  "a feature request as the main ask -> Feature, feature-request log; the threat to move sets the High floor and pages the VP (§2.1 Tier 3, D12; §4.3 trigger 2, D14; D11)",
  fr=True, threat=True)

T("Professional", "email", "rule apply also on monday",
"""Hello support,

we have rule "Weekend surcharge" with condition day of week = Saturday, Sunday. But since 2 weeks it apply also on monday for all orders before 10:00. We try change the time zone of workspace to Europe/Warsaw and back, try to make new rule from zero, always same. Our customers see surcharge on monday and call us angry, and we cannot disable the rule only for monday, so we disable it complete in weekend also which is not good.

Please can you check?

Best regards
Marek Zieliński
Sklep Rowerowy Zieliński""",
  "High", "Feature", "StandardSupport", [],
  "a rule evaluating wrongly with no workable way round (disabling it loses the weekend surcharge) -> High, Feature (quick reference HIGH, D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Webhook signatures fail verification",
"""Since sometime last week every webhook delivery fails our HMAC signature check. We verify exactly as in your docs (sha256 over raw body with the signing secret), regenerated the secret twice, no change. So we reject all deliveries and our stock sync doesn't happen.""",
  "High", "Integration", "StandardSupport", [],
  "webhook signing broken, no workaround (no code from the TAI API) -> High, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "phone", "SSO login fails for every user",
"""Agent note: customer's identity team says no user can log into the web app via SSO since 08:00; the IdP reports "response signature invalid" on our SAML response. Their API integration keeps working normally. No local passwords exist for their users. Marked urgent after the call.""",
  "High", "Integration", "ChurnEscalation", ["vp"],
  "SSO failing for all users while the API works is a feature broken without workaround, not TAI down -> High, Integration; the agent's urgent mark routes to churn escalation, VP Product (D11; §2.1 Tier 4, D12)",
  {"urgent": True})

T("Professional", "slack", "live secret key in your JS bundle",
"""fyi - your app's main JS bundle (app.tai…/static/main.*.js) contains what looks like a live Stripe secret key, starts with sk_live_. anyone can read it in devtools. thought you'd want to know asap""",
  "High", "Platform", "StandardSupport", ["legal", "oncall"],
  "a leaked secret in the platform is a security hole -> Platform, High; legal + on-call (§4.1 Tier 4, §4.2 legal, §4.4 URGENT; D11; D12 default route)",
  vuln=True)

T("Enterprise", "email", "Formal objection to new sub-processor",
"""Dear TAI Legal,

With reference to your notice of 1 March 2026 announcing a new sub-processor (analytics provider, US), our Data
Protection Officer formally objects to this sub-processor under section 9.3 of our Data Processing Agreement. Please
confirm that our data will not be transferred to it and describe the alternative you propose.

Kind regards,
Elif Şahin
Legal Counsel, Tarsus Logistics A.Ş.""",
  "High", "Other", "StandardSupport", ["legal"],
  "a DPA objection is a legal issue -> Other, High floor, legal page; not a contract change or price negotiation (§4.1 Tier 4, §4.2 legal; §2.2.2; D11, D12)",
  legal=True)

T("Starter", "email", "fourth ticket: CSV export drops last column",
"""This is my fourth ticket about the CSV export dropping the last column ("approved_by"). Fourth. The first three were closed as "cannot reproduce". It still happens every single time, and there is no other export format on our plan.

Hannah""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "export broken with no workaround -> High, Feature; 3+ tickets on the same issue stated in the text -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 4, D14)",
  repeat=True)

T("Professional", "web", "Paused our integration - bulk endpoint",
"""We paused our integration three weeks ago because the bulk evaluation endpoint times out on batches of any size, even 10 items (no response at all after 120 s). There's nothing more we can change on our side. What's the status?""",
  "High", "Integration", "ChurnEscalation", ["vp"],
  "bulk endpoint hanging (a timeout is no error code), no workaround -> High, Integration; last API call 20 days ago -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 3, D14)",
  {"lastApiCallAt": "2026-02-10T09:00:00Z"})

T("Professional", "chat", "approvals inbox won't load",
"""approvals inbox won't load at all for our approvers since monday, just the spinner. other pages fine. honestly we've started looking at alternatives, this is the third thing this quarter""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "approvals inbox broken without workaround -> High, Feature; looking at alternatives is a threat to leave -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 2, D14)",
  threat=True)

T("Enterprise", "email", "Audit PDF export blank - auditors Thursday",
"""Hello,

the PDF export of the rule audit report produces a blank, one-page file since last week. The CSV export on that
screen is greyed out for reports of this type. External auditors arrive on Thursday and this report is the evidence
they asked for; there is no other way we know to get it out of TAI.

Thank you,
Dmitri Volkov
Internal Audit, Serafin Bank""",
  "High", "Feature", "StandardSupport", [],
  "report export broken with no workaround -> High, Feature; audit evidence is not a legal issue; Enterprise gets its CSM (D11; §2.2.2; §2.1 default, D12; §4.2 Enterprise)")

T("Professional", "email", "GraphQL query returns errors, no data",
"""Hi,

since Monday our GraphQL query for ruleset versions returns

{"data":null,"errors":[{"message":"internal error","path":["rulesetVersions"]}]}

for every ruleset. Our nightly sync into the data warehouse depends on it and has no alternative source. No changes on our side.

Cheers,
Fatima Zahra El Idrissi""",
  "High", "Integration", "EngineeringEscalation", [],
  "the API answering with GraphQL errors counts as an API error -> engineering; broken with no alternative -> High, Integration (D11; §2.1 Tier 1, D12)",
  code="graphql-errors")

T("Enterprise", "email", "Admin console visible after logout",
"""Hi,

one of our admins noticed that after logging out of TAI, pressing the browser's Back button shows the full admin
console again, and she could still change a user's role from there. She was definitely logged out (the login page had
been shown). We reproduced it on two machines.

This is a shared-terminal environment in our branches, so this worries us.

Regards,
Mateus Carvalho
Security Engineering, Banco Horizonte""",
  "High", "Platform", "StandardSupport", ["legal", "oncall"],
  "actions possible after logout is a session security hole -> Platform, High; legal + on-call (§4.1 Tier 4, §4.2 legal, §4.4 URGENT; D11; D12 default route)",
  vuln=True)

T("Professional", "email", "Litigation hold on rule change logs",
"""Hello,

we are in litigation with a former supplier over pricing decided by rules in TAI. Our counsel asks for a litigation
hold on all rule change logs of the 'Supplier pricing' ruleset since 2024 and a signed declaration from TAI about how
those logs are produced. Who should our counsel contact?

Paul Engström, General Manager""",
  "High", "Other", "StandardSupport", ["legal"],
  "litigation (a hold and a declaration) is a legal issue -> Other, High floor, legal page (§4.1 Tier 4, §4.2 legal; §2.2.2; D11, D12)",
  legal=True)

T("Enterprise", "email", "Board decision on renewal",
"""Hello Claire,

I have to let you know that our board decided last week not to renew our TAI agreement in June unless the price
comes down to what we paid before the 2026 increase. We'd like to stay, but it is not in my hands any more. Can we
set up a call with someone who can make pricing decisions?

Regards,
Jonas Weber
COO, Weber Baustoffe""",
  "High", "Billing", "Finance", ["vp"],
  "price negotiation with non-renewal stated -> Billing, finance route; threat to leave sets High and pages the VP (also an Enterprise price negotiation) (§2.1 Tier 2, D12; §4.2 Enterprise, §4.3 trigger 2, D14; D11)",
  bill=True, threat=True, deal=True)

T("Enterprise", "chat", "rule tester returns nothing",
"""rule tester returns an empty result for every input since your update on friday. we have no way to test before publishing now. very frustrated""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "rule tester broken, no workaround -> High, Feature; CSAT 1 < 5 -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 1, D14)",
  {"csat": 1})

T("Starter", "web", "pip install fails on Python 3.13",
"""pip install tai-sdk fails on Python 3.13 with "error: metadata-generation-failed" while building one of its dependencies. Our hosting only offers 3.13, we can't go back to an older Python, and there's no older SDK that supports 3.13 either.""",
  "High", "Integration", "StandardSupport", [],
  "SDK cannot be installed and no older SDK or Python is possible -> High, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Zapier trigger not firing",
"""Hi there,

the "New approval request" trigger in your Zapier app has not fired since 24 February. Zapier has now switched off 6 of our zaps because of it. We reconnected the account and rebuilt one zap from scratch - still nothing. We don't have developers to build a direct integration.

Thanks,
Lucy""",
  "High", "Integration", "StandardSupport", [],
  "third-party connector broken, no workaround -> High, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Viewer role can edit and publish rules",
"""Hi,

we gave our auditors the "Viewer" role so they can look but not touch. Today one of them showed me she can open any
rule, change it and press Publish - and it publishes. We've reverted her change. Please fix the permissions; until then
we removed all viewer accounts.

Chiara Bellini, Operations Director""",
  "High", "Platform", "StandardSupport", ["legal", "oncall"],
  "a read-only role able to publish is an access-control hole -> Platform, High; legal + on-call (§4.1 Tier 4, §4.2 legal, §4.4 URGENT; D11; D12 default route)",
  vuln=True)

T("Enterprise", "email", "FW: after last week's outage",
"""Hi Jamal,

forwarding below, for context. I'd appreciate a written root-cause analysis of the outage on 23 February by end of
this week; it's what our CFO is waiting for before he decides.

Rahel

-----Original Message-----
From: Victor Hale (CFO)
Sent: Friday, February 27, 2026 6:12 PM
To: Rahel Tesfaye
Subject: after last week's outage

Rahel,
three hours without pricing on a Monday is not acceptable for us. Please start the process to terminate the TAI
contract and get me a shortlist of alternatives by the end of March. If they can show us a credible root cause and
plan, I'm willing to reconsider, but assume we are leaving.
V.""",
  "High", "Other", "ChurnEscalation", ["vp"],
  "RCA request about a past, fixed outage -> Other, no Critical; the CFO's instruction to terminate is a threat to leave -> High floor, churn escalation, VP Product (§2.2.2; D11; §2.1 Tier 4, D12; §4.3 trigger 2, D14)",
  threat=True)

T("Professional", "email", "How to reorder rule priorities? (and a PS)",
"""Hi,

how do I change the order in which the rules of one ruleset are evaluated? I can't find a setting for it.

Thanks, Ingrid

PS: honestly, we will probably not renew in May if the app keeps being this confusing for my team. Just so you know.""",
  "High", "Other", "ChurnEscalation", ["vp"],
  "how-to about the web app -> Other; the PS says they will probably not renew: a threat to leave -> High floor, churn escalation, VP Product (§2.2.2; D11; §2.1 Tier 4, D12; §4.3 trigger 2, D14)",
  threat=True)

T("Enterprise", "email", "Please close our account - acquisition",
"""Hello,

following our acquisition by Sandvik Partners, we will move to the parent company's tooling. Please close our TAI
account and stop billing at the end of the current term (30 April). Please also send us a full export of our
rules before closure.

Best regards,
Noor Haddad
Finance & Administration, Qamar Trading""",
  "High", "Billing", "Finance", ["vp"],
  "closing the account and moving to other tooling is a cancellation, a threat to leave -> Billing, finance route, High floor, VP Product (§2.2.2; §2.1 Tier 2, D12; §4.3 trigger 2, D14; D11)",
  bill=True, threat=True)

T("Enterprise", "email", "Export timeouts - once again",
"""Hi,

the decision export for ranges longer than 7 days still times out after 30 minutes with "Export failed", as reported
before. Shorter ranges are not an option - the regulator's format needs the full month in one file.

Bogdan Popescu
Reporting, Carpathia Credit""",
  "High", "Feature", "ChurnEscalation", ["vp"],
  "export broken for the month they need, no workaround -> High, Feature; CSAT 2 and 5 tickets on the same issue -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 triggers 1 and 4, D14)",
  {"csat": 2, "sameIssueTickets": 5})

T("Starter", "chat", "can't log in - reset link expired instantly",
"""i can't log in. password reset link says "expired" the second i click it, tried 5 times, different browsers, also on my phone. i'm the only admin so nobody else can reset me""",
  "High", "Feature", "StandardSupport", [],
  "login/password reset broken with no workaround for the only admin -> High, Feature (D11; §2.2.2; §2.1 default, D12)")
# ---------------------------------------------------------------- Medium
T("Professional", "email", "HTTP 500 when a rule description has an emoji (not blocking)",
"""Hi team,

not blocking us at all, just so you know: POST /v1/rules returns HTTP 500 when the rule description contains an emoji (we had a 🚚 in one). We strip emojis before sending now and everything goes through.

Cheers, Kwame""",
  "Medium", "Integration", "EngineeringEscalation", [],
  "500 from the TAI API on an edge case called not blocking, workaround in place -> Medium, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12; §4.4 MEDIUM edge case)",
  code="500")

T("Professional", "slack", "nightly sync hits 429",
"""our nightly sync hits 429s around 02:00 UTC most nights. the job backs off and retries and is done by 3, so nothing's lost, but it's noisy in our alerts. anything we should change?""",
  "Medium", "Integration", "AutoResolve", [],
  "429 from its own burst breaking a flow that retries around it -> Medium, Integration; 429 is auto-resolve (D11; §2.1 Tier 1, D12)",
  code="429")

T("Enterprise", "email", "API latency up since Thursday",
"""Hello,

since Thursday the p95 latency of our evaluate calls went from ~200 ms to ~1.8 s (measured from our side, eu-west).
Everything still works and nothing fails, it's just slow, and our checkout timeout is 3 s so we're getting uncomfortably
close. Graph attached.

Thanks,
Yuki Tanaka
SRE, Sakura Mobility""",
  "Medium", "Platform", "StandardSupport", [],
  "the API slow but working -> Platform, Medium (make_fresh6 reading; D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Rule list takes 30 seconds to load",
"""The rule list page takes around 30 seconds to load since we passed 500 rules. Every other page is fast. We use the search box instead of scrolling, which is quicker.""",
  "Medium", "Feature", "StandardSupport", [],
  "slowness confined to one screen, with a workaround -> Feature, Medium (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Export dates in MM/DD despite de-DE",
"""Hallo,

the monthly export writes all dates as MM/DD/YYYY although our workspace locale is de-DE. We convert them in Excel every month, it works, but it's an extra step and people make mistakes with it.

Viele Grüße
Lena Hartmann""",
  "Medium", "Feature", "StandardSupport", [],
  "export wrong with a manual workaround -> Medium, Feature (quick reference MEDIUM, D11; §2.2.2; §2.1 default, D12)")

T("Starter", "chat", "rule doesn't match ACME GmbH",
"""my rule should match customer name 'ACME GmbH' but it doesn't. maybe our data has trailing spaces? not sure if it's you or us. other names match fine""",
  "Medium", "Feature", "StandardSupport", [],
  "a rule not matching and the customer unsure whose fault -> potential bug, Medium, Feature (§4.4 MEDIUM; D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Node SDK 4.2 TypeError in evaluateBatch",
"""Hi,

after upgrading the Node SDK to 4.2.0, evaluateBatch() throws "TypeError: Cannot read properties of undefined (reading 'map')" when one of the items has no context object. 4.1.3 works fine, so we pinned it. Could you take a look for the next release?

Stack trace below.

    at normalizeItems (node_modules/@tai/sdk/dist/batch.js:88:23)
    at TaiClient.evaluateBatch (node_modules/@tai/sdk/dist/client.js:214:19)

Thanks,
Ahmed Karimi""",
  "Medium", "Integration", "StandardSupport", [],
  "SDK bug with an older SDK as workaround -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "slack", "bulk import silently fails above ~10k rows",
"""bulk import of reference data seems to fail above ~10k rows - progress bar finishes, but nothing new shows up. splitting into 5k chunks works fine, so we're doing that. just flagging""",
  "Medium", "Feature", "StandardSupport", [],
  "import failing on large files with smaller batches as workaround (nothing stored was lost) -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Some webhook deliveries arrive twice",
"""Hello,

about 10% of webhook deliveries reach us twice, a few seconds apart, with the same event id. We de-duplicate on the event id so there's no harm done, but it would be good to understand why.

Best, Nils""",
  "Medium", "Integration", "StandardSupport", [],
  "duplicate webhook deliveries handled by de-duplication -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Approve button greyed out in Safari",
"""In Safari 18 the Approve button on approval requests stays greyed out. In Chrome it works, so I switch browsers for approvals.""",
  "Medium", "Feature", "StandardSupport", [],
  "a feature broken in one browser with another browser as workaround -> Medium, Feature (quick reference MEDIUM, D11; §2.2.2; §2.1 default, D12)")

T("Professional", "chat", "digest comes twice a day",
"""notifications digest arrives twice a day instead of once. we filter the second one in outlook but it's annoying""",
  "Medium", "Feature", "ChurnEscalation", ["vp"],
  "notification fault with a mail-filter workaround -> Medium, Feature; CSAT 4 < 5 -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 1, D14)",
  {"csat": 4})

T("Starter", "web", "Approval request emails still not sent",
"""Approval request emails are still not sent to approvers. We tell them on Teams each time, which works, but we shouldn't have to.""",
  "Medium", "Feature", "ChurnEscalation", ["vp"],
  "notifications broken with a manual workaround -> Medium, Feature; 3 tickets on the same issue -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 4, D14)",
  {"sameIssueTickets": 3})

T("Enterprise", "phone", "Simulations take 25 minutes",
"""Agent note: customer's pricing team says rule simulations now take about 25 minutes instead of 3. They still complete and the results look right. Quarter-end pricing review on Thursday. Marked urgent at the customer's request.""",
  "Medium", "Feature", "ChurnEscalation", ["vp"],
  "simulations slow but working -> Medium, Feature; the agent's urgent mark routes to churn escalation, VP Product without raising priority (D11; §2.1 Tier 4, D12)",
  {"urgent": True})

T("Professional", "email", "SSL resets from API client - using web upload meanwhile",
"""Hi,

Our API client kept getting "connection reset by peer" during the TLS handshake from the start of February, so we
moved our daily evaluation to the CSV batch upload in the web app. That works, but it's manual. Is something
changed on your TLS setup?

Regards,
Siddharth Rao""",
  "Medium", "Integration", "ChurnEscalation", ["vp"],
  "API connection resets (no code) with the web upload as workaround -> Medium, Integration; last API call 30 days ago -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 3, D14)",
  {"lastApiCallAt": "2026-01-31T12:00:00Z"})

T("Professional", "email", "Intermittent 503 Service Unavailable",
"""Hello,

roughly 1 call in 50 to your API returns "503 Service Unavailable" since the weekend. Our client retries and the second attempt always works, so production is fine, but the error rate shows in our monitoring.

Thank you,
Anders Holm""",
  "Medium", "Integration", "EngineeringEscalation", [],
  "intermittent 503 from the TAI API with retries as workaround -> Medium, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="503")

T("Professional", "web", "'could not parse request body' on a few files",
"""Our nightly batch got "could not parse request body" back on 3 of about 200 files last night. We re-ran those three this morning and they went through. Is there a size limit or encoding thing we should know about?""",
  "Medium", "Integration", "AutoResolve", [],
  "malformed-body error from the TAI API in a flow re-run around it -> Medium, Integration; malformed JSON is auto-resolve (D11; §2.1 Tier 1, D12)",
  code="malformed")

T("Starter", "email", "401 for an hour after rotating key",
"""Hi, after we rotated our API key yesterday our Lambda function kept getting 401 Unauthorized for about an hour, until its cache refreshed. We now restart the function after a rotation and it's fine. Is there a grace period for old keys?

Mia""",
  "Medium", "Integration", "AutoResolve", [],
  "401 from its own key rotation breaking a flow, restart as workaround -> Medium, Integration; 401 is auto-resolve (D11; §2.1 Tier 1, D12)",
  code="401")

T("Enterprise", "email", "PUT /rulesets/{id} intermittently answers 409",
"""Hello,

we have a small but persistent problem with our deployment pipeline.

PUT /v1/rulesets/{id} intermittently answers "409 Conflict - version mismatch" even when nobody else is editing the
ruleset (we checked the audit log: no other edits in the hour before). It happens for about one deployment in ten.
Retrying after one second always goes through, and that's what our pipeline does now, so releases are not blocked.

What we'd like to know:
1. Is the version check eventually consistent, i.e. can a GET directly after a PUT return the old version?
2. Should we send If-Match with the ETag instead of the version field?

Example request ids: 2b7d-91e0, 2b7d-a1f4, 2b80-0c33 (all 26 Feb, 14:00-15:00 UTC).

Thanks a lot,
Ewa Nowak
Release Engineering
Baltic Freight Systems Sp. z o.o.
ul. Portowa 7, 81-350 Gdynia""",
  "Medium", "Integration", "EngineeringEscalation", [],
  "intermittent 409 from the TAI API with retries as workaround -> Medium, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="409")

T("Professional", "email", "Approvals report vs CSV export - 412 vs 409",
"""Hi,

small discrepancy we can't explain: the Approvals report in the web app shows 412 approvals for February, but the CSV
export of the same report with the same filters has 409 rows. We checked for duplicates and time zones (both set to
UTC). It might be something in how we filter, we honestly don't know. The monthly KPI pack goes out next week and we
can take the report figure for now.

Best,
Olivia Brandt
Business Operations, Tidewater Foods""",
  "Medium", "Feature", "StandardSupport", [],
  "a report and its export disagreeing, customer unsure whose fault -> potential bug, Medium, Feature (§4.4 MEDIUM; D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Editor perde a formatação ao colar",
"""Olá! O editor de regras perde a formatação quando colo texto do Word (as listas viram uma linha só). Sorry, English: the rule editor loses formatting when I paste from Word. I type it by hand for now, it works.""",
  "Medium", "Feature", "StandardSupport", [],
  "rule editor fault with typing by hand as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "slack", "tester shows old version",
"""hey
rule tester
shows old version after publish
hard refresh fixes it
fyi""",
  "Medium", "Feature", "StandardSupport", [],
  "rule tester stale with reload as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "Paging on GET /decisions repeats page 2",
"""Hi,

GET /v1/decisions?page=3&per_page=100 returns exactly the same items as page=2 for date ranges crossing midnight UTC. Using the cursor parameter instead of page works correctly, so we switched to that, but the page parameter is what your docs show first.

Thanks, Rafael Mendes""",
  "Medium", "Integration", "StandardSupport", [],
  "an API call misbehaving in form (paging), no error code, cursor as workaround -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Whole app slow since yesterday",
"""Hello,

since yesterday every click in the app takes about 10 seconds. It all still works, just very slowly. Internet is fine on our side.

Regards, Bilal""",
  "Medium", "Platform", "StandardSupport", [],
  "the whole web app slow but working -> Platform, Medium (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "HTTP 400 unknown field: tags on v2",
"""Hi,

not urgent. The v2 rules endpoint answers HTTP 400 "unknown field: tags" although the v2 reference lists tags as supported. We drop tags from the payload for now and set them in the app afterwards.

Thanks,
Jana Dvořák""",
  "Medium", "Integration", "EngineeringEscalation", [],
  "400 with an unknown field from the TAI API, workaround in place -> Medium, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="400")

T("Enterprise", "chat", "Okta login works on second try",
"""Our users often get bounced back to the login page on the first SSO attempt from Okta; the second attempt works. Started last week. Annoying but not blocking.""",
  "Medium", "Integration", "StandardSupport", [],
  "SSO flaky with a second attempt as workaround -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "chat", "simulation results page freezes",
"""the simulation results page freezes the tab for ~20s when there are more than 1000 rows, then it's usable. downloading the csv instead is quicker. fyi""",
  "Medium", "Feature", "StandardSupport", [],
  "one screen slow with a download as workaround -> Medium, Feature; CSAT 6 is no churn trigger (D11; §2.2.2; §2.1 default, D12; §4.3, D14)",
  {"csat": 6})

T("Starter", "email", "Umlauts garbled in CSV export",
"""Hi,

in the CSV export all umlauts come out garbled (MÃ¼ller instead of Müller) when I double-click the file. If I use Excel's import wizard and pick UTF-8 it's fine. Could the file include a BOM?

Danke, Stefan""",
  "Medium", "Feature", "StandardSupport", [],
  "export encoding fault with the import wizard as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Simulations queue 40 minutes on Monday mornings",
"""Hello,

on Monday mornings our simulations wait in the queue for up to 40 minutes before they start. The rest of the week
they start immediately. We've started scheduling the big ones on Sunday evening, which works, but it would be good
to know if this is expected.

Thank you,
Amara Nwosu""",
  "Medium", "Feature", "StandardSupport", [],
  "simulations degraded at peak with rescheduling as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "slack", "webhook deliveries 20 min late",
"""webhook deliveries are arriving 15-20 min late since this morning. everything arrives eventually and our consumers are idempotent, so ok-ish. anything going on?""",
  "Medium", "Integration", "StandardSupport", [],
  "webhooks delayed but delivered -> degraded, Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Layout broken on iPad",
"""On an iPad (landscape) the rule editor's right panel covers the condition fields, so I can't edit. On my laptop everything is fine, so I do edits there.""",
  "Medium", "Feature", "StandardSupport", [],
  "editor unusable on a tablet with the laptop as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Approval requests going to the wrong approver",
"""Hi,

approval requests for the "Marketing spend" ruleset are assigned to Karl, who moved teams in January, instead of to
Beatriz, who we set as approver. We reassign each request by hand and that works, but there are 20-30 a week.

Best regards,
Hélène Marchand""",
  "Medium", "Feature", "StandardSupport", [],
  "approvals misassigned with manual reassignment as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "chat", "zapier creates duplicates",
"""our zapier zap creates every approval twice in our asana. added a filter step on the id and that stops it. just letting you know""",
  "Medium", "Integration", "StandardSupport", [],
  "connector duplicates with a filter as workaround -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "Dashboard tiles don't refresh (long story, sorry)",
"""Hello TAI support team,

I hope this is the right place to write. My English is not perfect, sorry for that.

We have since around two weeks the problem that the tiles on the main dashboard ("Decisions today", "Pending
approvals", "Rules changed this week") are not refreshing. They show the numbers from the moment I logged in, also
after many hours. When I log out and log in again, the numbers are correct again. My colleagues in the Milano office
see the same, with Chrome and also with Edge.

My colleague Paolo wrote about this to your colleague in the chat, I copy what he got:

> TAI Support (chat, 18 Feb): Hi Paolo, the dashboard should refresh every 60 seconds. Could you check whether a
> browser extension blocks background requests? If so, please whitelist app.tai.

We have no extensions (company policy, the browser is locked). So it is not this. For now we do the logout/login
when we need the correct numbers for the morning meeting, this works but it is strange.

Can you please check this?

Cordiali saluti / Best regards
Giulia Ferrante
Operations Analyst
Ferrante Distribuzione S.p.A.
Via dei Mille 44, 20129 Milano""",
  "Medium", "Feature", "StandardSupport", [],
  "dashboard tiles stale with logging in again as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "web", "Scheduled export fails on weekends",
"""Our scheduled export fails every Saturday and Sunday with "job failed, try again later". Weekdays are fine. On Monday I run the weekend exports manually and they work.""",
  "Medium", "Feature", "StandardSupport", [],
  "scheduled export failing with manual runs as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "slack", "p99 spikes at the top of the hour",
"""seeing p99 latency spikes of ~3 s on the api at the top of every hour, for about a minute. no errors, requests complete. our hourly batch might be the cause? either way would like your view""",
  "Medium", "Platform", "StandardSupport", [],
  "the API slow at times but working -> Platform, Medium (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "HTTP 502 on payloads over 5 MB",
"""Hi,

when the request body for POST /v1/evaluate/batch is above ~5 MB we get "HTTP 502 Bad Gateway" back from the API after about 30 seconds. Splitting the batch into 2 MB chunks works and that's what we do now. Is there a documented limit?

Thanks, Ivan Petrov""",
  "Medium", "Integration", "EngineeringEscalation", [],
  "502 from the TAI API on large payloads with chunking as workaround -> Medium, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="502")

T("Enterprise", "email", "Java SDK memory growth",
"""Hello,

our service using the Java SDK 3.8 grows by about 400 MB of heap per day; a heap dump shows thousands of retained
TaiHttpResponse objects in the connection pool. We restart the service every night as a workaround and have had no
incidents. Could your SDK team have a look? Happy to share the dump.

Regards,
Kenji Watanabe
Backend Lead, Hoshino Retail""",
  "Medium", "Integration", "StandardSupport", [],
  "SDK memory leak with nightly restarts as workaround -> Medium, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Webhook 'Send test' shows an error",
"""The "Send test event" button on the webhook settings page shows "Something went wrong" every time. Real deliveries do reach our endpoint, so we can live with it, but we can't test new endpoints before switching.""",
  "Medium", "Integration", "StandardSupport", [],
  "webhook test button failing in the app while real deliveries work -> Medium, Integration (no TAI API code; D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Rule editor doesn't autosave conditions",
"""Hi,

the rule editor's autosave doesn't keep a condition I've just added if I switch to another tab of the editor within a
second or two - the condition is simply not there when I come back. If I press Save explicitly before switching, it's
kept. So we tell everyone to press Save.

Thanks,
Róisín Byrne""",
  "Medium", "Feature", "StandardSupport", [],
  "editor autosave unreliable with explicit Save as workaround (nothing stored was lost) -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Re: Notification emails in spam",
"""Hi Tom,

> TAI Support wrote (26 Feb):
> As a workaround you can add notifications@tai… to your allow-list in Microsoft 365; that should get the
> emails into the inbox while we look at our SPF record.

Yes, the allow-list works, thanks. The notifications arrive in the inbox now. But other customers of yours will have
the same problem, and our IT would rather not keep exceptions, so I'd still like the SPF/DKIM part fixed on your side.
Can you tell me when that is planned?

Best regards,
Emma Lindgren
IT Coordinator, Norrsken AB""",
  "Medium", "Feature", "StandardSupport", [],
  "notifications landing in spam, allow-list works -> broken with workaround, Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Ruby gem fails on Ruby 3.4",
"""Hi,

the tai-ruby gem fails to load on Ruby 3.4 ("uninitialized constant TAI::Client::Base64"). We stopped the API sync and upload CSVs by hand in the meantime.

Sergio""",
  "Medium", "Integration", "ChurnEscalation", ["vp"],
  "SDK fault with manual CSV upload as workaround -> Medium, Integration; last API call 16 days ago -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 3, D14)",
  {"lastApiCallAt": "2026-02-14T08:00:00Z"})

T("Enterprise", "email", "Decision latency in web app simulations vs API - FYI thread",
"""Hi all,

adding TAI support to this internal thread so you have the context.

Summary: since the 24 Feb release, our "what-if" runs in the simulation screen take 6-8 minutes for the Retail
ruleset (before: ~1 minute). The API evaluations themselves are as fast as before (we checked p50/p95, unchanged).
For now the team kicks off what-ifs before lunch and looks at the results afterwards, which is OK for the moment but
not for the quarter-end crunch.

---
From: Tobias Krämer
> Can we at least confirm it's their side? I ran the same what-if on the staging tenant and it took 7 minutes too.
From: Lucía Herrera
> Yes, 7:40 for me on prod, 1:05 in January for the same ruleset (screenshots in the Confluence page).
---

Could you check whether something in the simulation engine changed with that release?

Many thanks,
Lucía Herrera
Pricing Analytics Lead
Grupo Solara""",
  "Medium", "Feature", "StandardSupport", [],
  "one feature (simulations) slow but working, API unaffected, with a workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "phone", "Search in rule library misses recent rules",
"""Call: customer says rules created today don't show up in the library search until the next morning; browsing the folder finds them. They browse for now. Caller relaxed, just wants it logged.""",
  "Medium", "Feature", "StandardSupport", [],
  "search lagging with folder browsing as workaround -> Medium, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "chat", "rule matches when it shouldn't?",
"""hi! my rule "order total > 500" matched an order of 500.00 exactly. is > maybe >= for you? or is our total field rounded before? not sure who's wrong here""",
  "Medium", "Feature", "StandardSupport", [],
  "a rule possibly evaluating wrongly, customer unsure whose fault -> potential bug, Medium, Feature (§4.4 MEDIUM; D11; §2.2.2; §2.1 default, D12)")
# ---------------------------------------------------------------- Low
T("Starter", "chat", "clone ruleset to sandbox?",
"""how do i copy a ruleset into our sandbox workspace? can't find it in the menu""",
  "Low", "Other", "StandardSupport", [],
  "how-to about the web app -> Low, Other (quick reference LOW, D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "New key gives HTTP 401 - Bearer prefix?",
"""Hi,

quick one: with our new API key every call returns "HTTP 401 Unauthorized". Do I need to send it as "Bearer <key>" or just the key in the Authorization header? The docs example is cut off on mobile.

Thanks, Femi""",
  "Low", "Integration", "AutoResolve", [],
  "401 asked as a how-to -> Low, Integration; 401 is auto-resolve (D11; §2.1 Tier 1, D12)",
  code="401")

T("Starter", "web", "What's the rate limit?",
"""While testing yesterday we saw a couple of "Too Many Requests" (429) answers from the API. What's the rate limit on the Starter plan, per second or per minute?""",
  "Low", "Integration", "AutoResolve", [],
  "429 asked as a question -> Low, Integration; 429 is auto-resolve (D11; §2.1 Tier 1, D12)",
  code="429")

T("Enterprise", "email", "Post-mortem for the 14 Feb 503s",
"""Hello,

could you send us the post-mortem for the 503 errors we saw from your API on 14 February (roughly 09:05-09:40 UTC)?
Service has been fine since. Our risk committee wants it for the monthly vendor review.

Regards,
Astrid Nilsen""",
  "Low", "Other", "StandardSupport", [],
  "a code in a past, fixed incident is no TAI API error: RCA request -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "What if your EU region were lost?",
"""Hi,

as part of our business continuity review: what would happen to our rules and decision history if your EU region were
lost entirely? What are your RPO and RTO, and would we need to do anything to fail over?

Thanks,
Lukas Berger, BCM Office""",
  "Low", "Other", "StandardSupport", [],
  "a hypothetical loss carries neither outage nor loss: a question -> Low, Other; Enterprise gets its CSM (D11; §2.2.2; §2.1 default, D12; §4.2 Enterprise)")

T("Starter", "email", "Please add our VAT number to invoices",
"""Hello, please add our VAT number (FR 42 823 456 789) to our invoices from now on, and if possible re-issue January's. Merci! Camille""",
  "Low", "Billing", "Finance", [],
  "billing paperwork -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "email", "Charged for 12 seats, we have 9",
"""Hi,

our February invoice charges 12 seats, but we only have 9 users (we removed three in January - see the user list). Could you correct the invoice and credit the difference?

Thanks,
Marta Kowalczyk, Office Manager""",
  "Low", "Billing", "Finance", [],
  "billing dispute about seats -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Enterprise", "email", "Invoice INV-2026-0219 overcharged by $14,000",
"""Dear Accounts Receivable,

invoice INV-2026-0219 charges us for 250 decision packs, but our order form (attached) says 180. The difference is
$14,000. Please issue a corrected invoice; we are holding payment of this invoice until then.

Regards,
Thandiwe Mokoena
Accounts Payable, Kalahari Foods""",
  "Low", "Billing", "Finance", [],
  "a TAI invoice error, even $14k, is a billing dispute, not a business loss -> Low, Billing, finance; > $10K alerts Finance + CSM, no page (D11; §2.1 Tier 2, D12; §4.2 financial impact)",
  bill=True)

T("Professional", "email", "Why on earth can't I bulk-edit rule owners?",
"""Hi,

it's frankly absurd that in 2026 I have to open 140 rules one by one to change the owner after someone leaves. Every
other tool I use has bulk edit. Please add a way to change the owner of many rules at once.

Ruth Abramson""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request dressed as a complaint -> Low, Feature, feature-request log (§2.2.1 default LOW, D11; §2.1 Tier 3, D12)",
  fr=True)

T("Starter", "web", "URGENT!!! DARK MODE",
"""URGENT!!! PLEASE ADD DARK MODE. MY EYES!!! WE WORK NIGHT SHIFTS""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a shouted feature request stays Low -> Feature, feature-request log (§2.2.1; D11; §2.1 Tier 3, D12)",
  fr=True)

T("Professional", "chat", "typo on the button",
"""there's a typo on the approvals page - the button says "Aprove all". made my manager laugh""",
  "Low", "Feature", "StandardSupport", [],
  "UI typo is cosmetic -> Low, Feature (quick reference LOW, D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Webhook docs example is broken",
"""Hi, the JSON example on the webhooks documentation page is missing a comma after "event_id", so it doesn't parse if you copy it. Small thing. Best, Arjun""",
  "Low", "Other", "StandardSupport", [],
  "a docs error -> Low, Other (quick reference LOW, D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "SOC 2 Type II report and vendor questionnaire",
"""Hello,

for our annual vendor due diligence we need your latest SOC 2 Type II report (under NDA if required) and our security
questionnaire (attached, 84 questions) completed by 31 March.

Thank you,
Grace Liu
Third-Party Risk, Pacifica Health Partners""",
  "Low", "Other", "StandardSupport", [],
  "compliance paperwork is no legal/security issue -> Low, Other; Enterprise gets its CSM (D11; §2.2.2; §2.1 default, D12; §4.2)")

T("Professional", "chat", "encryption at rest?",
"""do you encrypt data at rest? which algorithm and who holds the keys? our infosec asked""",
  "Low", "Other", "StandardSupport", [],
  "a question about security is not a security issue -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Thank you!",
"""Just wanted to say thanks to Priya for the quick help with our rule conditions yesterday. Everything works now. Have a nice week! - Jonas""",
  "Low", "Other", "StandardSupport", [],
  "thanks -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Does Professional include SSO?",
"""We're on Starter and thinking of upgrading. Does the Professional plan include SSO with Google Workspace, or is that Enterprise only?""",
  "Low", "Billing", "Finance", [],
  "does my plan include X -> plans question, Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Enterprise", "email", "Renewal pricing - competitor quote",
"""Hi Claire,

ahead of our renewal in May: we have a quote from another vendor that is about 20% below our current price for a
comparable volume. We are happy with TAI and intend to stay, but I need to show procurement that we tried. Could you
look at matching it?

Thanks,
Mehmet Yilmaz
Head of Procurement, Anatolia Retail""",
  "Low", "Billing", "Finance", ["vp"],
  "an Enterprise price negotiation while saying it will stay is no threat to leave -> Low, Billing, finance; VP page for the price negotiation (D11; §2.1 Tier 2, D12; §4.2 Enterprise)",
  bill=True, deal=True)

T("Enterprise", "email", "Contract amendment - data residency addendum and quarterly invoicing",
"""Dear TAI team,

we would like to amend our subscription agreement as follows:
1. add your EU data-residency addendum (version 2.1);
2. switch from annual to quarterly invoicing from the next billing period;
3. increase the committed decision volume from 40M to 55M per year.

Please send a draft amendment for our review.

Best regards,
Federica Conti
Vendor Management, Lombardia Energia""",
  "Low", "Billing", "Finance", ["vp"],
  "an Enterprise contract change -> Low, Billing, finance; VP page (D11; §2.1 Tier 2, D12; §4.2 Enterprise)",
  bill=True, deal=True)

T("Professional", "email", "Close our 'Training' sub-account",
"""Hi, we no longer need the separate "Training" sub-account - please close it and remove it from billing. Our main account stays as is. Thanks, Derek""",
  "Low", "Billing", "Finance", [],
  "closing a secondary sub-account while staying is account paperwork, no threat -> Low, Billing, finance (D11; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "email", "404 on GET /v1/rulesets/{id} - case-sensitive?",
"""Hi,

GET /v1/rulesets/Pricing-EU returns 404 Not Found, while /v1/rulesets/pricing-eu works. Are ids case-sensitive? Just asking so we normalise correctly.

Thanks, Oskar""",
  "Low", "Integration", "EngineeringEscalation", [],
  "404 from the TAI API asked as a plain question -> Low, Integration; non-auto-resolve code -> engineering (D11; §2.1 Tier 1, D12)",
  code="404")

T("Starter", "email", "Our ERP returns 500 to your webhook - IP list?",
"""Hello, our ERP answers your webhook calls with 500 because its firewall blocks unknown IPs. Which IP ranges do your webhooks come from, so we can allow them? Thanks, Nicolás""",
  "Low", "Integration", "StandardSupport", [],
  "a 500 from the customer's own ERP is no TAI API error: a webhook how-to -> Low, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "chat", "timeout setting in python sdk",
"""how do i set a request timeout in the python sdk? default seems to be infinite""",
  "Low", "Integration", "StandardSupport", [],
  "SDK how-to -> Low, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "Feature idea: SCIM group push",
"""Hello,

it would help us a lot if your SCIM implementation supported group push, so that our Entra groups become TAI teams
automatically. Could you add this to your roadmap?

Kind regards,
Pieter Janssens""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request is Feature whatever it is about (SCIM) -> Low, feature-request log (§2.2.1, D11; §2.1 Tier 3, D12)",
  fr=True)

T("Professional", "email", "Refund for an unused seat (we're NOT leaving)",
"""Hi,

we are NOT planning to leave, don't worry :) - we just bought one seat too many in January by mistake and never
assigned it. Could you refund that seat for the remaining months?

Best,
Chloé Dubois""",
  "Low", "Billing", "Finance", [],
  "a refund request with 'NOT planning to leave' is no threat -> Low, Billing, finance (D11; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "web", "Where are rule change notifications configured?",
"""Where do I configure who gets an email when a rule is changed? I looked in Settings > Notifications but only see approval emails.""",
  "Low", "Other", "StandardSupport", [],
  "how-to about the web app -> Low, Other; CSAT 8 is no churn trigger (D11; §2.2.2; §2.1 default, D12; §4.3, D14)",
  {"csat": 8})

T("Professional", "email", "Question about rule versioning",
"""Hi,

when we publish a new version of a ruleset, do decisions that are already pending approval use the old version or the new one?

Thanks, Alejandro""",
  "Low", "Other", "ChurnEscalation", ["vp"],
  "how-to question about the web app -> Low, Other; CSAT 2 < 5 -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 1, D14)",
  {"csat": 2})

T("Starter", "email", "Will our rules stay while we pause?",
"""Hello,

we are a seasonal business (ski rentals) and have paused our shop integration since January. Will our rules stay in TAI until we start again in November, or do we need to export them?

Thanks,
Hanne Solberg""",
  "Low", "Other", "ChurnEscalation", ["vp"],
  "a question -> Low, Other; last API call 41 days ago -> churn escalation, VP Product (D11; §2.1 Tier 4, D12; §4.3 trigger 3, D14)",
  {"lastApiCallAt": "2026-01-20T10:00:00Z"})

T("Enterprise", "phone", "Logo blurry in PDF reports",
"""Agent note: customer says their logo looks blurry in the header of PDF reports. Purely cosmetic, they said so themselves. Account manager asked us to mark it urgent - big renewal coming.""",
  "Low", "Feature", "ChurnEscalation", ["vp"],
  "cosmetic -> Low, Feature; the agent's urgent mark routes to churn escalation, VP Product, without raising priority (D11; §2.2.1; §2.1 Tier 4, D12)",
  {"urgent": True})

T("Professional", "email", "Billing address change",
"""Hi, please change our billing address to Kanalstraße 9, 1220 Wien from the next invoice. Thanks, Florian""",
  "Low", "Billing", "Finance", [],
  "billing paperwork -> Low, Billing, finance; inactivity only alerts when finance wins (D11; §2.1 Tier 2, D12; §4.3 trigger 3, D14)",
  {"lastApiCallAt": "2026-02-01T09:00:00Z"}, bill=True)

T("Professional", "chat", "please add regex conditions",
"""can you please add regex conditions to the rule editor? would save us a lot of hacks. third time i ask btw, no answer""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request -> Low, Feature, feature-request log; CSAT 3 and a repeated request only alert when that route wins (§2.2.1, D11; §2.1 Tier 3, D12; §4.3, D14)",
  {"csat": 3}, fr=True, repeat=True)

T("Enterprise", "email", "Comment exporter les règles en JSON ? (fwd)",
"""Bonjour,

je vous transfère la question de mon collègue. / Forwarding my colleague's question, in English below.

---------- Message transféré ----------
De : Antoine Mercier
Objet : export des règles

Salut Claire, tu sais comment on exporte toutes les règles d'un ruleset en JSON depuis l'application ? Je ne
trouve que l'export CSV des décisions. C'est pour notre revue annuelle des règles, pas urgent.
Merci, Antoine
---------------------------------------

In English: Antoine would like to export all the rules of one ruleset as JSON from the web app, for our yearly rules
review. He only finds the CSV export of decisions. Is there a way? Not urgent at all.

Merci d'avance,
Claire Rousseau
Responsable Conformité
Groupe Vauban Assurances
Tél. +33 1 55 20 41 00
Ce message et ses pièces jointes sont confidentiels.""",
  "Low", "Other", "StandardSupport", [],
  "how-to about the web app, forwarded in French -> Low, Other; Enterprise gets its CSM (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Downgrade to Starter Lite?",
"""Hi, we'd like to downgrade to the smallest plan from April - we only use a few rules now. We're staying, just smaller. What do we need to do? Best, Ayesha""",
  "Low", "Billing", "Finance", [],
  "a plan change while staying -> Low, Billing, finance (D11; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "email", "Service credits for last Tuesday's 502s",
"""Hello,

last Tuesday (24 Feb) we got HTTP 502 from your API for about 50 minutes; it's been fine since. Under the SLA in our plan we should be entitled to a service credit. How do we claim it?

Regards,
Pavel Novák""",
  "Low", "Billing", "Finance", [],
  "a code in a past, fixed incident is no TAI API error; service credits are billing -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "email", "If the API returned 500 during checkout - fail open or closed?",
"""Hi,

design question for our checkout: if your API ever returned a 500 (or timed out) in the middle of an evaluation,
what do you recommend - fail open (let the order through) or fail closed? Do other customers cache the last
decision?

Thanks,
Jennifer Osei""",
  "Low", "Integration", "StandardSupport", [],
  "a hypothetical code is no error returned by the TAI API: an API how-to question -> Low, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Help link in the editor goes to 404",
"""The little "?" help link next to "Condition groups" in the rule editor opens a documentation page that says "Page not found". Just so you know.""",
  "Low", "Other", "StandardSupport", [],
  "a broken docs link in the web app is docs (its 404 is no TAI API error) -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Warum gibt es keine Ordner für Regeln?!",
"""Hallo,

warum gibt es eigentlich keine Unterordner für Regeln? Wir haben 300 Regeln in einer flachen Liste, das ist eine
Katastrophe. Bitte baut Unterordner ein, das wäre eine große Hilfe.

(Short: please add sub-folders for rules, the flat list of 300 rules is painful.)

Grüße, Matthias""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request dressed as a complaint -> Low, Feature, feature-request log (§2.2.1, D11; §2.1 Tier 3, D12)",
  fr=True)

T("Enterprise", "email", "Add 25 seats to our contract",
"""Hi Claire,

please add 25 seats to our Enterprise agreement from 1 April, co-termed with the current term, and send the order form.

Thanks,
Ruben Schmidt""",
  "Low", "Billing", "Finance", ["vp"],
  "an Enterprise contract change (seats) -> Low, Billing, finance; VP page (D11; §2.1 Tier 2, D12; §4.2 Enterprise)",
  bill=True, deal=True)

T("Starter", "chat", "gdpr retention question",
"""how long do you keep decision logs? and can we set it shorter, like 90 days? for gdpr""",
  "Low", "Other", "StandardSupport", [],
  "a data-retention question is compliance paperwork, no legal issue -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "slack", "tooltip overlap!!!",
"""THE TOOLTIP ON THE SIMULATION CHART COVERS THE LEGEND!!! fix pls!!!""",
  "Low", "Feature", "StandardSupport", [],
  "cosmetic even when shouted -> Low, Feature (§2.2.1; D11; §2.1 default, D12)")

T("Professional", "email", "When will API v1 be deprecated?",
"""Hi,

we're planning our migration to v2. Is there a date when v1 will be switched off, and will there be a changelog of breaking changes?

Thanks, Minh Anh""",
  "Low", "Integration", "StandardSupport", [],
  "an API question -> Low, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "web", "Webhook retry policy?",
"""If our endpoint is down for an hour, how many times and how long do you retry webhook deliveries?""",
  "Low", "Integration", "StandardSupport", [],
  "webhook how-to -> Low, Integration (D11; §2.2.2; §2.1 default, D12)")

T("Enterprise", "email", "Endpoint for archived rulesets, please",
"""Hello,

could you add an API endpoint that lists archived rulesets? Today GET /v1/rulesets only returns active ones and we'd like to reconcile our archive.

Regards,
Imogen Clarke""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request is Feature whatever it is about (API) -> Low, feature-request log (§2.2.1, D11; §2.1 Tier 3, D12)",
  fr=True)

T("Professional", "email", "Written confirmation for the restored rules",
"""Hello,

last month some of our rules disappeared and your team restored them the same day (ticket from 9 Feb) - all fine
since then. Our auditors now ask for a short written confirmation of what happened and that the restored rules are
identical to the originals. Could you provide that?

Thanks,
Beatrix Kovács""",
  "Low", "Other", "StandardSupport", [],
  "a past, resolved data loss is over: a request for an incident statement -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "slack", "logo blurry on retina lol",
"""logo in the top left is blurry on my retina screen lol. low prio""",
  "Low", "Feature", "StandardSupport", [],
  "cosmetic -> Low, Feature (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Why did the price go up 8%?",
"""Hi, our renewal invoice is 8% higher than last year for the same plan. Was there a price change announced somewhere? Thanks, Grzegorz""",
  "Low", "Billing", "Finance", [],
  "a price question -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Enterprise", "email", "If we ever cancel - data export?",
"""Hello,

our procurement template asks this of every vendor, so no reason to worry: if we ever cancelled, how would we get a
complete export of our rules and decision history, and how long after termination is our data deleted?

Kind regards,
Yara Haddad""",
  "Low", "Billing", "Finance", [],
  "a question about what happens on a hypothetical cancellation is account paperwork, no threat -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Professional", "web", "keys refused since our admin left",
"""Our admin who created the API keys left the company last week. How do we issue new keys? Our calls are refused now.""",
  "Low", "Integration", "AutoResolve", [],
  "structured apiErrorCode 401 decides first; asked as a how-to -> Low, Integration; 401 is auto-resolve (D11; §2.1 Tier 1, D12)",
  {"apiErrorCode": "401"}, code="401")

T("Professional", "email", "Invoice PDF shows old company name",
"""Hello,

since our rename in January (Brightwell Ltd -> Brightwell Analytics Ltd) the invoice PDFs still show the old name. We updated it in the billing settings. Could you re-issue February's invoice?

Many thanks,
Orla Kennedy
Finance Assistant

P.S. we've been customers for 4 years and are very happy, just need the paperwork right.""",
  "Low", "Billing", "Finance", [],
  "invoice paperwork -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

T("Starter", "phone", "How to schedule a report",
"""Caller asked how to schedule the weekly decisions report to be emailed every Monday. Walked through it partially, caller wants written steps.""",
  "Low", "Other", "StandardSupport", [],
  "how-to about the web app -> Low, Other (D11; §2.2.2; §2.1 default, D12)")

T("Professional", "email", "Feature request - approval delegation while on holiday",
"""Hi TAI team,

a request from our finance team, who use approvals heavily:

When an approver goes on holiday, pending approval requests just sit there until they come back. Today we work
around it by temporarily editing every ruleset's approver list, then changing it back after the holiday - which is
error-prone, and last summer we forgot to change one back for three weeks.

What we'd like: an "out of office" setting per approver that delegates their approval requests to a named colleague
for a date range, with the audit log showing "approved by X on behalf of Y". Several of our managers asked for it
independently, so I thought I'd put it in writing.

Is something like this planned? Happy to join a call with your product team if that helps.

Best regards,
Ingeborg Halvorsen
Finance Systems Manager
Nordvik Shipping AS
+47 22 55 01 33""",
  "Low", "Feature", "FeatureRequestLog", [],
  "a feature request as the main ask (the workaround describes today's practice) -> Low, Feature, feature-request log (§2.2.1, D11; §2.1 Tier 3, D12)",
  fr=True)

T("Enterprise", "email", "Re: Q4 incident - follow-up questions from our risk team",
"""Hi Jamal,

thank you for the RCA document for the 12 December incident. Our risk team read it and has three follow-up questions:

1. The RCA says the failover "completed within the RTO". What exactly was the RTO for our tenant, and where is it
   stated contractually?
2. You mention that "a small number of evaluation requests may have returned HTTP 503". Can you tell us whether any of
   ours were among them? We see none in our logs, but our retention is only 30 days.
3. Which of the preventive actions listed are already done?

None of this is urgent; the incident has long been closed and everything has worked fine since. We just need the
answers for our quarterly third-party risk report due on 20 March.

> On 20 Dec 2025, Jamal (TAI) wrote:
> Please find attached the root-cause analysis for the 12 December incident. Let me know if you have questions.

Thanks in advance,
Wen Li
Operational Risk, Eastbridge Securities""",
  "Low", "Other", "StandardSupport", [],
  "questions about a past, closed incident (its 503 is no current API error) -> Low, Other; Enterprise gets its CSM (D11; §2.2.2; §2.1 default, D12)")

T("Starter", "email", "Can I pay by bank transfer instead of card?",
"""Hello,

our bank doesn't let us use the company card for foreign subscriptions any more. Can we pay by bank transfer from March on? And can we have the invoice in euro?

Thank you,
Dragan Jovanović
Jovanović Elektro d.o.o.""",
  "Low", "Billing", "Finance", [],
  "payment method question -> Low, Billing, finance (D11; §2.2.2; §2.1 Tier 2, D12)",
  bill=True)

# Longer versions: what real mail carries around the message (quoted replies, forwarded headers, signatures,
# disclaimers). Added around the bodies above; none of it changes a fact the labels rest on.
EXT = {
"Re: Notification emails in spam": ("", """

--
Norrsken AB | Storgatan 18 | 903 26 Umeå | Sweden
This e-mail and any attachments are intended only for the addressee."""),
"rule apply also on monday": ("", """

PS. I attach screenshot of rule conditions and of one order from monday 23 Feb 08:41 with the surcharge line."""),
"Production tenant unreachable since 02:10 UTC": ("", """

P.S. Our on-call engineer tried from home as well (different ISP, different country), same "Service Unavailable"
page, so it is not our corporate network.

-----
Castellan Insurance Group plc is registered in England and Wales. This message is confidential and may be legally
privileged. If you have received it in error please tell us and delete it."""),
"Approvals report vs CSV export - 412 vs 409": ("", """

PS: filters used in both cases: ruleset = "Procurement > 5k", status = approved, date = 01.02.2026-28.02.2026.
We also tried with "all rulesets" and then the difference is 7 instead of 3, if that helps.

Tidewater Foods Ltd · 3 Quay Road · Cork · Ireland"""),
"API responde con error 500 - facturación parada": ("", """

P.D. Adjuntamos el identificador de una petición: req_01HQ7Z9M3K. Nuestro técnico está disponible todo el día en el
+34 961 555 207.
--
Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, por favor notifíquelo al remitente."""),
"Node SDK 4.2 TypeError in evaluateBatch": ("", """

Environment: Node 22.11 on AWS Lambda (arm64), @tai/sdk 4.2.0 vs 4.1.3, batch size 200, about 2% of items have no
context object (guest checkouts). Happy to send a minimal repro repo if useful.

--
Ahmed Karimi | Senior Engineer | Parcelwise
"""),
"Admin console visible after logout": ("", """

Steps we used:
1. Log in as an admin, open Settings > Users.
2. Click "Log out" (login page appears).
3. Press the browser's Back button twice.
4. The Users page is shown and the role dropdown works; the change is saved.
Tested with Chrome 132 and Edge 132 on Windows 11, both without extensions.

--
Banco Horizonte S.A. - Informação confidencial."""),
"Formal objection to new sub-processor": ("", """

Enclosure: Letter of objection, signed by our DPO (PDF)

---
Tarsus Logistics A.Ş. | Legal Department | Büyükdere Cad. No: 201, Levent, İstanbul
This communication may contain privileged and confidential information. Any review, dissemination or use by anyone
other than the intended recipient is prohibited."""),
"Contract amendment - data residency addendum and quarterly invoicing": ("", """

For reference, our current agreement is MSA-2024-0117 with Order Form OF-3 (term 1 July 2025 - 30 June 2027). Our
legal team (in copy) would like to use your standard addendum text unchanged if possible, to keep the review short.

--
Lombardia Energia S.p.A. | Ufficio Acquisti | Corso Magenta 61, Milano"""),
"Inquiry from the data protection authority": ("", """

--
Katrin Vogel
Datenschutzkoordination
Stadtwerke Hohenfels GmbH
Am Wasserturm 3, 72401 Haigerloch
Tel. +49 7474 555 310

Pflichtangaben: Amtsgericht Stuttgart HRB 75512, Geschäftsführer: Dr. W. Kienle.
Diese E-Mail kann vertrauliche Informationen enthalten."""),
"POST /v2/evaluate - Error 500 on every request, checkout blocked": ("", """

Our status page: status.brightcart.example (we've declared an incident on our side).
Phone: +44 20 7946 0321 - I'm at the desk all day.

------
Brightcart Ltd, 14 Ropemaker Street, London EC2Y 9AR. Registered in England No. 09876543."""),
"Java SDK memory growth": ("", """

Details:
- JVM: Temurin 21.0.5, -Xmx4g, G1GC
- SDK: tai-java 3.8.0 (3.7.2 did not show this, but we can't go back because of the TLS fix in 3.8)
- ~2.5M evaluate calls per day, HTTP/2 enabled
- Retained objects grow linearly, about 40k per hour

Hoshino Retail K.K. - Technology Division"""),
"Audit PDF export blank - auditors Thursday": ("", """

Screenshot of the export dialog and the blank PDF attached. The same happens for colleagues in Riga and Vilnius, in
Chrome and Edge, so it does not seem to be a local problem.

--
Serafin Bank AS | Internal Audit | Skanstes iela 50, Riga
This message is intended solely for the addressee. If you are not the addressee, please delete it."""),
"Second full outage this month": ("", """

Sent from my phone

-----
Fjordline Payments AS | Dronning Eufemias gate 16, Oslo | Org.nr 912 345 678
The information in this e-mail is confidential and may be legally privileged. It is intended solely for the
addressee. Access to this e-mail by anyone else is unauthorised."""),
"Board decision on renewal": ("", """

I can do Tuesday or Wednesday afternoon next week. Our current order form is attached for reference (3-year term,
ends 30 June 2026).

--
Weber Baustoffe GmbH & Co. KG | Industriestraße 40 | 97080 Würzburg
Sitz der Gesellschaft: Würzburg, Registergericht Würzburg HRA 5512"""),
"Invoice PDF shows old company name": ("", """

Thank you!

--
Orla Kennedy | Finance Assistant | Brightwell Analytics Ltd
Unit 4, Sandyford Business Park, Dublin 18
Please consider the environment before printing this e-mail.
This e-mail is confidential. If you received it in error, please notify us and delete it."""),
"Litigation hold on rule change logs": ("", """

Thank you.

Our counsel's details: Ms. Ingrid Lund, Lund & Partners Advokatbyrå, Stockholm (ingrid.lund@lundpartners.example,
+46 8 555 101 20). She would like the declaration before the end of March if at all possible.

--
Engström Byggvaror AB | Hamngatan 2, Göteborg"""),
"Renewal pricing - competitor quote": ("", """

Thank you.

For context: we currently pay for 30M decisions per year plus 120 seats; the other quote covers 35M and unlimited
seats. I can share the quote under NDA if needed.

--
Anatolia Retail A.Ş. | Procurement | Ataşehir, İstanbul
This e-mail may contain confidential information."""),
"Please close our account - acquisition": ("", """

The export can be sent to our IT lead, Omar Saleh, who is in copy. We will also need a final invoice and written
confirmation of data deletion after the closure, per our data-processing agreement.

--
Qamar Trading LLC | Jebel Ali Free Zone, Dubai
Confidentiality notice: this e-mail and its attachments are intended only for the named recipients."""),
"Written confirmation for the restored rules": ("", """

Many thanks.

Ideally the statement would cover: date and time of the loss, the number of rules affected (I believe 12), how they
were restored, and whether the version history was kept. A PDF on your letterhead is fine.

--
Beatrix Kovács | Compliance Officer | Danubia Agrar Kft. | Budapest"""),
"GraphQL query returns errors, no data": ("", """

The REST endpoints still answer normally for other data.

Query we send (trimmed):

    query { rulesetVersions(rulesetId: "rs_82k1", first: 50) { nodes { id publishedAt author } } }

The same query against the staging tenant also fails since Monday.

--
Fatima Zahra El Idrissi | Data Engineering | Atlas Retail Group | Casablanca"""),
"Viewer role can edit and publish rules": ("", """

Her user is aud-02@paestum.example; the rule she changed was "Invoice matching tolerance" at 10:42 today (you'll see
the publish in the audit log with her name). We checked the role settings page and "Viewer" shows "read only".

--
Chiara Bellini | Operations Director | Paestum Foods S.r.l. | Salerno"""),
"API latency up since Thursday": ("", """

Our traffic has not changed (about 40 rps at peak). Error rate is flat at 0.

P.S. We didn't change our client or region. Request ids from the slow period: 9c1e-77a2, 9c1e-8b10, 9c20-0f4d.

--
Sakura Mobility Inc. | Site Reliability Engineering | Tokyo
This e-mail may contain confidential information."""),
"SCIM stopped creating users": ("", """

Two of the four start on Monday. Thanks.

The SCIM token was regenerated on Wednesday as a test and updated in Entra; no change. Deactivations still seem to
come through (a leaver on Thursday was disabled), only creations are missing.

--
Ledgerwise Ltd | IT Services | 2 Kingsway, Cardiff CF10 3FD"""),
"Rule editor doesn't autosave conditions": ("", """

It's mostly new team members who get caught by this. Thanks for looking.

It happens in Chrome and Firefox. I can record a short screen video if that helps your team reproduce it.

--
Róisín Byrne | Pricing Operations | Clearwater Retail | Galway
Please consider the environment before printing this email."""),
"Zapier trigger not firing": ("", """

We're on the Professional plan.

Zap IDs: 183992011, 183992015, 184001207 (the others are copies). Zapier's support said the polling endpoint on your
side returns an empty list every time, so they sent us to you.

--
Lucy Hargreaves | Office & Operations | Fernside Florists | Leeds
Sent from Outlook"""),
"Invoice INV-2026-0219 overcharged by $14,000": ("", """

Thank you.

Purchase order: PO-77120. Please send the corrected invoice to ap@kalaharifoods.example with the PO number on it,
otherwise our system will reject it again.

--
Kalahari Foods (Pty) Ltd | Accounts Payable | Midrand, South Africa
This e-mail is subject to the disclaimer at kalaharifoods.example/legal."""),
"Simulations queue 40 minutes on Monday mornings": ("", """

Thank you. Regards.

> TAI Support wrote (20 Feb):
> Thanks Amara - Monday mornings are our busiest time for simulations. We'll check whether your workspace's
> queue limit is set correctly and get back to you.

We haven't heard back since, hence this follow-up.

--
Amara Nwosu | Pricing Analyst | Lagos Crest Foods"""),
"Warum gibt es keine Ordner für Regeln?!": ("", """

Unsere Kollegen in der Buchhaltung fragen jede Woche danach.

Ich weiß, dass man Tags vergeben kann, aber Tags sind für uns kein Ersatz - man sieht nicht auf einen Blick, was
zusammengehört. (I know about tags, but they don't replace folders for us.)

--
Matthias Brenner | Prozessmanagement | Brenner Haustechnik GmbH | Linz"""),
"Charged twice for February - refund or we move": ("", """

Both charges are on the same Visa card ending 4471, reference TAI-SUB-20931.

Our bank statement shows both as settled, not pending, so it's not an authorisation hold.

> From: billing-noreply@tai…
> Your request #88213 has been received. We will get back to you within 2 business days.

That was on 20 Feb.

--
Lindqvist Bikes | Södra Förstadsgatan 9 | Malmö"""),
"How to reorder rule priorities? (and a PS)": ("", """

To explain a bit more: we have a ruleset "Refund eligibility" with 14 rules, and the first matching rule should win,
so the order matters a lot for us. Is the evaluation order simply the order in the list, is there a priority number
per rule, or is it set somewhere else? A link to the right help page would be enough, I couldn't find one.

--
Ingrid Solheim
Team Lead, Customer Operations
Nordlys Energi AS | Trondheim
Phone +47 73 55 50 12"""),
"Paging on GET /decisions repeats page 2": ("", """

Sort order is the default (created_at ascending). Thanks!

Example: from=2026-02-26T22:00:00Z&to=2026-02-27T04:00:00Z, per_page=100, about 430 decisions in total. Pages 1
and 2 are correct, page 3 repeats page 2 exactly, page 4 is what page 3 should be.

--
Rafael Mendes | Integration Engineer | Ipê Logística | São Paulo"""),
"SSL resets from API client - using web upload meanwhile": ("", """

Our security team confirms no certificate pinning on our side.

Details: our client is a .NET 8 service on Windows Server 2022 behind our outbound proxy; curl from the same host
works about half the time. We did not change the proxy. Packet capture available on request.

--
Siddharth Rao | Integration Lead | Deccan Agritech Pvt Ltd | Pune"""),
"Export timeouts - once again": ("", """

Still nothing.

> On 16 Feb 2026, TAI Support wrote:
> Hi Bogdan, our engineers are looking into exports over long date ranges. We'll update you as soon as we know more.
>
> On 2 Feb 2026, TAI Support wrote:
> Thanks for reporting this, we've forwarded it to the team.

--
Carpathia Credit IFN S.A. | Reporting Department | Cluj-Napoca"""),
"Approval requests going to the wrong approver": ("", """

Other rulesets route correctly.

We checked: Karl is not in the approver list of that ruleset any more (removed 15 January), Beatriz is the only
approver. Karl's user has since been moved to the "Logistics" team.

--
Hélène Marchand | Contrôle de gestion | Maison Lacroix SAS | Lyon
Pensez à l'environnement avant d'imprimer ce courriel."""),
"HTTP 502 on payloads over 5 MB": ("", """

We couldn't find a size limit in the API reference for the batch endpoint, only the 1,000-item note for v1.

Example: 5.4 MB body, 1,800 items, POST at 2026-02-27T08:14:05Z, answer after 30.2 s with an HTML "502 Bad Gateway"
page instead of JSON. With 2 MB chunks all items evaluate fine.

--
Ivan Petrov | Backend Developer | Volga Marketplace"""),
"If we ever cancel - data export?": ("", """

A link to the relevant documentation would be enough. Thank you.

The full procurement questionnaire has 40 questions; the others are for your security team and I have sent them to
your CSM separately.

--
Yara Haddad | Vendor Management | Cedar Health Systems | Beirut
This message may contain confidential information intended only for the addressee."""),
"SOC 2 Type II report and vendor questionnaire": ("", """

We will also need your most recent penetration test summary. A bridge letter would also help.

Should you need our mutual NDA, our standard form is attached; we can also sign yours.

--
Grace Liu, CISA | Third-Party Risk Management | Pacifica Health Partners
1200 Harbor Blvd, Oakland, CA
CONFIDENTIALITY NOTICE: This e-mail may contain protected health information."""),
}


def main():
    for t in TICKETS:
        if t["subject"] in EXT:
            before, after = EXT[t["subject"]]
            t["body"] = before + t["body"] + after
    assert len(TICKETS) == 150, len(TICKETS)
    assert len({t["subject"] for t in TICKETS}) == 150
    assert set(EXT) <= {t["subject"] for t in TICKETS}
    for t in TICKETS:
        check(t)
        assert 0 < len(t["body"]) <= 2000, t["subject"]
    random.Random(20261207).shuffle(TICKETS)
    out = pathlib.Path(__file__).with_name("tickets-fresh9.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, t in enumerate(TICKETS, 1):
            line = {"id": f"Q{i:03d}", "tier": t["tier"], "channel": t["channel"], "subject": t["subject"], "body": t["body"]}
            if t["signals"]:
                line["signals"] = t["signals"]
            line["expected"] = {"priority": t["priority"], "category": t["category"], "route": t["route"],
                                "pages": t["pages"], "reason": t["reason"]}
            line["split"] = "fresh9"
            f.write(json.dumps(line, ensure_ascii=False) + "\n")

    def dist(key):
        return ", ".join(f"{k} {n}" for k, n in Counter(key(t) for t in TICKETS).most_common())

    kinds = Counter(p for t in TICKETS for p in t["pages"])
    print(f"wrote {out.name}: {len(TICKETS)} tickets")
    print("route", dist(lambda t: t["route"]))
    print("priority", dist(lambda t: t["priority"]))
    print("category", dist(lambda t: t["category"]))
    print("tier", dist(lambda t: t["tier"]))
    print("channel", dist(lambda t: t["channel"]))
    print("pages", dist(lambda t: "+".join(t["pages"]) or "none"), "(page kinds:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + ")")
    print("long bodies (600-2,000 chars)", sum(1 for t in TICKETS if len(t["body"]) >= 600),
          "| with structured signals", sum(1 for t in TICKETS if t["signals"]))


if __name__ == "__main__":
    main()
