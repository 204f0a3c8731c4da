#!/usr/bin/env python3
"""Eighth unseen ticket set (session 11, helper fresh8): writes tickets-fresh8.jsonl (P001..P120), split "fresh8".

Purpose: ONE honest measurement of the engine (and of a planned trained-model reader) on tickets nobody tuned or
selected on (issue 15: "We will also run triage on realistic tickets you have not seen; aim for the same figures
there"). Run `python3 make_fresh8.py`: it checks every label against the rules below, writes tickets-fresh8.jsonl
next to itself (UTF-8, "\\n" newlines) and prints the labels' distribution (no engine involved). Written and labelled
from the labelling rules copied below (make_fresh7.py's docstring, which summarises the manual §2.1-§2.3, §4 and the
quick reference and default-policy D11-D17), and committed on its own BEFORE any engine ran on these tickets. The
situations and wording are my own.

What the writer read: /work/wt/HELPERS.md; the brief; the module docstring of make_fresh7.py (from line 1 to its
closing quotes, nothing after); the first line of tickets-fresh7.jsonl (N001, for the JSON line format);
FreshTickets7Tests.cs, TriageCorpusDumpTests.cs, TriageCorpus.cs (lines 1-150 and the AssertCoversEverything /
AssertFloors / SetReport head), the test .csproj's Corpus lines; TicketSignals.cs (property names only). `ls` of the
Corpus folder showed file names only. `grep -c '"id": "P'` and `grep -c '"id":"P'` on every corpus file printed
only counts, all 0 (no id clash).
Not read: tickets.jsonl, tickets-fresh*.jsonl beyond that one line, make_corpus.py, make_fresh.py .. make_fresh6.py,
the rest of make_fresh7.py, DefaultKeywords.cs, TextSignalExtractor.cs, KeywordIndex.cs, TicketTriage.cs,
ChurnDetector.cs, TriageRequestJson.cs, any "Wording" test, docs/triage-and-escalation.md, CHANGELOG.md,
tools/triage-model-experiment.py; the manual and default-policy themselves were not opened (the copied rules were
enough).
Disclosure: make_fresh7.py's docstring repeats make_fresh6.py's disclosure of three fifth-set situations (a rule
editor whose Save does nothing on ~40+ conditions; HTTP 500 from POST /v1/simulations above ~20,000 rows; simulations
above 1M rows stuck "Running") and shows fresh7's ticket N001 (a "5xx storm" on every endpoint in a shared Slack
channel, checkout down). None of these is reused here; my own 5xx outage tickets use other codes, channels and words.
Nothing else was seen by accident. No engine (tai, triage, the tests, the dump) ran on these tickets before the
labels were committed.
Structured signals: NONE of these tickets carries structured signals (I did not read the request JSON reader, so I
did not guess its field names); every signal is in the text, as a customer or an agent's note would write it. So no
ticket has an agent's urgent mark (a structured signal only), and churn risk comes from threats to leave and from
repeat tickets the text states ("third ticket on this").

Labelling rules: exactly those of make_fresh7.py (which copied make_fresh6.py's, make_fresh5.py's, make_fresh4.py's),
copied below verbatim, so the sets compare.
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
Distribution of the labels (printed by the script): route StandardSupport 64, ChurnEscalation 17, Finance 14,
EngineeringEscalation 12, FeatureRequestLog 8, AutoResolve 5; priority Low 45, Medium 34, High 26, Critical 15;
category Feature 39, Integration 29, Other 19, Platform 19, Billing 14; tier Professional 49, Enterprise 42, Starter
29; channel email 63, chat 18, slack 16, web 13, phone 10; pages none 87, oncall+status+vp 15, vp 11, legal+oncall 4,
legal 3 (page kinds: vp 26, oncall 19, status 15, legal 7). The tickets are written grouped by priority and shuffled
with a fixed seed before the ids are given.
"""
import collections
import json
import os
import random

ROUTES = ["AutoResolve", "EngineeringEscalation", "Finance", "FeatureRequestLog", "ChurnEscalation", "StandardSupport"]
PRIOS = ["Critical", "High", "Medium", "Low"]
CATS = ["Platform", "Feature", "Integration", "Billing", "Other"]
TIERS = {"S": "Starter", "P": "Professional", "E": "Enterprise"}
CHANNELS = {"email", "web", "chat", "slack", "phone"}

# tags: a401 a429 ajson (AutoResolve codes), aX (any other TAI API error), leave (threat to leave / cancellation),
# repeat (3+ tickets on the same issue, stated), legal, sec (security hole), loss (stored-data loss), neg (Enterprise
# contract change or price negotiation), fr (feature request as the main ask).
T = []


def t(tier, channel, subject, body, prio, cat, route, tags, why):
    T.append(dict(tier=TIERS[tier], channel=channel, subject=subject, body=body, prio=prio, cat=cat, route=route,
                  tags=set(tags.split()), why=why))


def pages_of(x):
    p = set()
    tags = x["tags"]
    if x["prio"] == "Critical":
        p |= {"oncall", "status", "vp"}
    if x["route"] == "ChurnEscalation" or "leave" in tags:
        p.add("vp")
    if "neg" in tags:
        p.add("vp")
    if "legal" in tags or "sec" in tags:
        p.add("legal")
    if "sec" in tags or "loss" in tags:
        p.add("oncall")
    return sorted(p)


def route_of(x):
    tags = x["tags"]
    if tags & {"a401", "a429", "ajson"}:
        return "AutoResolve"
    if "aX" in tags:
        return "EngineeringEscalation"
    if x["cat"] == "Billing":
        return "Finance"
    if "fr" in tags:
        return "FeatureRequestLog"
    if x["prio"] == "Critical" or tags & {"leave", "repeat"}:
        return "ChurnEscalation"
    return "StandardSupport"


def cite(x):
    r = {"AutoResolve": "§2.1 Tier 1, D12", "EngineeringEscalation": "§2.1 Tier 1, D12", "Finance": "§2.1 Tier 2, D12",
         "FeatureRequestLog": "§2.1 Tier 3, D12", "ChurnEscalation": "§2.1 Tier 4, D12",
         "StandardSupport": "§2.1 default, D12"}[x["route"]]
    s = f"{r}; quick reference {x['prio'].upper()}, D11; §2.2.2 {x['cat']}"
    if x["pages"]:
        s += "; §4.2/§4.4 pages, D13"
    return s


def check(x):
    tags = x["tags"]
    assert x["channel"] in CHANNELS, x
    assert x["prio"] in PRIOS and x["cat"] in CATS and x["route"] in ROUTES, x
    assert tags <= {"a401", "a429", "ajson", "aX", "leave", "repeat", "legal", "sec", "loss", "neg", "fr"}, x
    assert x["route"] == route_of(x), (x["subject"], x["route"], route_of(x))
    if "loss" in tags:
        assert x["prio"] == "Critical", x["subject"]
    if tags & {"leave", "legal", "sec"}:
        assert x["prio"] in ("Critical", "High"), x["subject"]
    if "sec" in tags:
        assert x["cat"] == "Platform", x["subject"]
    if "fr" in tags:
        assert x["cat"] == "Feature" and x["prio"] == "Low", x["subject"]
    if "neg" in tags:
        assert x["tier"] == "Enterprise", x["subject"]
    if x["route"] == "Finance":
        assert x["cat"] == "Billing"
    assert "§" in x["reason"] and "D1" in x["reason"], x["reason"]
    assert x["pages"] == pages_of(x)


# ---------------------------------------------------------------- Critical
t("E", "slack", "anything up on your side?",
  "hey folks - is something up on your side? our pricing calls come back with 503 Service Unavailable since about 14:10, nothing gets through at all, so no prices are going out to the shop. no rush if you're already on it :)",
  "Critical", "Platform", "EngineeringEscalation", "aX", "503 from the API on every call, prices not going out: TAI down, politely said")
t("P", "email", "Small question about availability",
  "Hello,\n\nI hope you are well. We noticed that neither the web app nor the API seem to respond at all since this morning (the browser just spins, our API calls time out after 60 seconds without any answer). The whole pricing team is sitting idle and no prices have been published today.\n\nWould you kindly have a look when convenient?\n\nKind regards,\nIngrid Solberg\nPricing Operations | Nordvik Outdoor AS\nTel. +47 22 00 00 00",
  "Critical", "Platform", "ChurnEscalation", "", "web app and API both unresponsive (timeouts, no code): TAI down however politely said")
t("S", "chat", "down",
  "app wont load at all and api calls just time out. we cant quote anybody. this is our whole buisness",
  "Critical", "Platform", "ChurnEscalation", "", "whole app and API unreachable, no error code: TAI down")
t("E", "phone", "Rules engine evaluates nothing - selling below cost",
  "Agent note: caller is the ops director. Since roughly 06:00 every rule in their account returns 'no match' in live pricing, so all prices fall back to the raw list price. That is below cost for their clearance range; they sell around 2,000 orders an hour. They have not changed anything. No error codes, calls return 200 with the fallback price.",
  "Critical", "Platform", "ChurnEscalation", "", "TAI evaluating no rule at all is TAI down, and the customer is losing money (a 200 OK is no error)")
t("P", "email", "Rule sets missing",
  "Hi,\n\nhalf of our rule sets have vanished from the account overnight. Nobody here deleted anything and the audit log shows no deletion. That is 40 rules out of 83, gone, including the ones our live prices depend on.\n\nPlease help us get them back.\n\nBest,\nMarc",
  "Critical", "Platform", "ChurnEscalation", "loss", "stored rules lost: data loss is Critical (D16 P1, §4.4 URGENT)")
t("E", "email", "RE: RE: price-change webhooks",
  "Hi Tomasz,\n\nsadly no improvement. Since Friday 18:00 not a single price-change webhook reached our endpoint (our logs show no incoming request at all, so it's not our server refusing). The storefront kept the weekend promo prices all weekend and still does. Finance estimates €38,000 sold under margin so far, and it keeps growing.\n\n> On Sun, Tomasz (TAI Support) wrote:\n> Could you confirm your endpoint is reachable from the internet?\n\nYes, it is.\n\nRegards,\nHelena Kruger | Head of E-commerce",
  "Critical", "Integration", "ChurnEscalation", "", "webhooks not delivered and the customer is losing money: Critical in its own category (Integration)")
t("P", "web", "all request return error",
  "Good day. Since 2 hour all request to your api return error 500, nothing is working, our shop can not calculate the price and clients are leaving the basket. Please help urgent.",
  "Critical", "Platform", "EngineeringEscalation", "aX", "500 from the API on every request, shop cannot price: TAI down")
t("S", "email", "all prices 0.00 after maintenance??",
  "After your maintenance window last night EVERY price list in our account shows 0.00 for every product. It's not just the screen - I exported the lists and the stored values are 0.00 too. We had real prices in there yesterday.",
  "Critical", "Platform", "ChurnEscalation", "loss", "stored price data corrupted: data corruption is Critical (D16 P1)")
t("E", "slack", "graphql errors on every query",
  'GraphQL endpoint answers every query since 09:00 UTC with {"data":null,"errors":[{"message":"internal error"}]} - prod pricing for three regions is down',
  "Critical", "Platform", "EngineeringEscalation", "aX", "GraphQL errors (an API error without a code) on every query, production down")
t("E", "email", "Approvals stuck - we cannot react to market",
  "Hello,\n\nthe approvals queue has been frozen since this morning: nothing we approve gets published (the button spins, nothing changes), and there is no other way to publish a price. Our main competitor dropped prices at 08:00 and we cannot follow; our commercial team puts the lost sales at roughly $15k per day.\n\nThanks,\nR. Okafor",
  "Critical", "Feature", "ChurnEscalation", "", "approvals broken and the customer losing sales: Critical in its own category (Feature)")
t("P", "chat", "is tai down??",
  "is tai down?? dashboard gives me a 502 bad gateway page and our api calls to you just time out, nothing comes back",
  "Critical", "Platform", "ChurnEscalation", "", "web app error page + API timeouts with no answer: TAI down, but no TAI API error code (fresh8 reading)")
t("E", "email", "Third outage this month",
  "This is the third outage this month. Your entire API has been dead again since 10:40, connections are simply reset, no response at all. Our checkout cannot price anything. If this is not resolved today we will terminate the contract.",
  "Critical", "Platform", "ChurnEscalation", "leave", "API dead (connection reset, no code): TAI down, plus a threat to leave")
t("S", "email", "empty workspace (maybe a display thing?)",
  "Hi, sorry to bother you. When I logged in today our workspace looks empty: no products, no rules, no price lists. Is this maybe just a display thing? I definitely did not delete anything. Thanks, Joost",
  "Critical", "Platform", "ChurnEscalation", "loss", "workspace emptied: reported stored-data loss, politely understated (fresh8 reading)")
t("P", "slack", "504s",
  "we're seeing HTTP/2 504 from /v2/price on 100% of calls for the last ~15 minutes. checkout is down",
  "Critical", "Platform", "EngineeringEscalation", "aX", "504 from the API on all calls, checkout down: TAI down")
t("E", "email", "Discount guard ignored since release - 1,100 orders",
  "Dear support,\n\nsince your release yesterday afternoon the rule 'max discount 20%' is no longer applied. Customers received up to 70% off; 1,100 orders so far. We lose money on each of them and have now paused the shop.\n\nRegards,\nFernanda Lima\nCFO",
  "Critical", "Feature", "ChurnEscalation", "", "a rule evaluating wrongly makes the customer lose money: Critical in its own category (Feature)")

# ---------------------------------------------------------------- High
t("E", "email", "Deprovisioned user still has access",
  "Hello,\n\nan ex-employee whom we removed in Okta, and whom SCIM deprovisioned last Wednesday (we see the DELETE in the SCIM log), was still able to log in to TAI this morning and export our price lists. Please treat as a security incident.\n\nThanks,\nIT Security, Brightwell Retail",
  "High", "Platform", "StandardSupport", "sec", "access kept after SCIM deprovisioning is a security hole: Platform, High, legal + oncall")
t("P", "email", "Letter from our counsel",
  "Please find attached a letter from our counsel. We are filing a claim for damages regarding the pricing error of 14 January, which we hold TAI liable for. Kindly forward it to your legal department.",
  "High", "Other", "StandardSupport", "legal", "liability claim: legal letter, Other, High floor, legal page")
t("E", "email", "Objection to new sub-processor",
  "Under clause 9 of our Data Processing Agreement we formally object to the new sub-processor named in your notice of 14 February. Please confirm receipt and the next steps.",
  "High", "Other", "StandardSupport", "legal", "a DPA objection is a legal issue: High floor, legal page")
t("P", "chat", "api key in page source",
  "our api key is visible in plain text in the page source of the shared report link!! anyone with the link can see it",
  "High", "Platform", "StandardSupport", "sec", "leaked secret in the platform: security hole, Platform, High, legal + oncall")
t("S", "email", "CSV export - evaluating alternatives",
  "The export to CSV has been broken for two weeks (the download is a 0-byte file, every time, every browser). We are honestly evaluating other vendors now. Please fix it or we will cancel at renewal.",
  "High", "Feature", "ChurnEscalation", "leave", "export broken without workaround and a threat to leave: High, churn, vp")
t("E", "phone", "Renewal - procurement wants 15% off",
  "Agent note: procurement lead called about the renewal due in April. They want 15% off the current price, otherwise they will move to a competitor they have a quote from.",
  "High", "Billing", "Finance", "leave neg", "price negotiation with a threat to leave: Billing first (Finance), High floor, vp")
t("P", "web", "Scheduled exports not running",
  "Scheduled exports haven't run since Tuesday. No error anywhere, the schedule just shows 'next run: —'. The manual 'Export now' button is greyed out as well, so we have no way to get the file.",
  "High", "Feature", "StandardSupport", "", "exports broken, no workaround: High Feature")
t("E", "slack", "rule editor won't save date conditions",
  "rule editor: saving any rule that has a date condition throws 'Something went wrong' every single time. tried chrome, firefox, edge, incognito, cleared cache. we can't ship the spring campaign rules",
  "High", "Feature", "StandardSupport", "", "rule editor broken for date rules, other browsers tried: no workaround")
t("P", "email", "403 on /v1/approvals with admin key",
  "Hi,\nevery call to /v1/approvals returns 403 Forbidden, even with an admin key that works on all other endpoints. Our approvals integration cannot work at all.\nBest, Sven",
  "High", "Integration", "EngineeringEscalation", "aX", "403 from the API, integration broken without workaround")
t("S", "chat", "webhooks not delivered after url change",
  "webhooks: nothing delivered since we changed the url yesterday. tested with webhook.site too, nothing arrives there either. no workaround for us",
  "High", "Integration", "StandardSupport", "", "webhooks broken, no workaround, no code")
t("E", "email", "tai-sdk 4.2 KeyError",
  "Hello,\n\ntai-sdk 4.2 (Python) raises KeyError: 'currency' on every price response. We cannot go back to 4.1, because 4.2 is the first version with the new token auth that your API now requires.\n\n--\nDaniel Weiss\nSenior Engineer, Platform Team\nThis e-mail may contain confidential information.",
  "High", "Integration", "StandardSupport", "", "SDK broken, older SDK not an option: no workaround")
t("P", "email", "Fourth ticket: approval notifications",
  "This is our fourth ticket about this (see the three earlier ones): approval notifications never arrive, so approvers miss their deadlines. There is no workaround - approvers don't look at the app unless notified.",
  "High", "Feature", "ChurnEscalation", "repeat", "notifications broken without workaround; 3+ tickets on the same issue -> churn")
t("P", "slack", "other tenant's data in our export?!",
  "we just found customer emails and prices from ANOTHER company in our product export file?! this is not our data",
  "High", "Platform", "StandardSupport", "sec", "another tenant's data exposed: security hole and possible personal-data breach (fresh8 reading)")
t("S", "phone", "Will cancel unless called back - CSV import",
  "Agent note: owner says they will cancel today unless someone calls back about the CSV import. Imports fail at row 1 with 'invalid file', even with the template downloaded from the app.",
  "High", "Feature", "ChurnEscalation", "leave", "import broken without workaround and a threat to cancel")
t("E", "email", "Competition authority request",
  "Dear TAI team,\n\nthe national competition authority has opened an inquiry into our pricing and asks for the logs of all rule changes since 2024. We need your support to provide them by 20 March.\n\nYours sincerely,\nLegal Department",
  "High", "Other", "StandardSupport", "legal", "a regulator's inquiry is a legal issue: High floor, legal page")
t("P", "web", "Simulation results blank",
  "Simulation results page is blank for ALL simulations since yesterday. Tried all browsers, two computers, two users. We can't review anything before publishing.",
  "High", "Feature", "StandardSupport", "", "simulation results unusable, no workaround")
t("E", "chat", "SAML login broken after cert rotation",
  "since your certificate rotation nobody can log in via SAML - 'Invalid signature' for every user. password login is disabled by our policy. the API integration still runs fine",
  "High", "Integration", "StandardSupport", "", "SSO broken for all users, API working: Integration, High (fresh8 reading)")
t("P", "email", "422 on tiered rules",
  "POST /v1/rules returns 422 Unprocessable Entity for any rule with a tiered condition, even for an exact copy of the example in your docs. We cannot create tiered rules at all.",
  "High", "Integration", "EngineeringEscalation", "aX", "422 from the API, no workaround")
t("S", "email", "margin report wrong, nobody answer",
  "Hello. We are customer since 2 years. Since the update the margin report is all wrong (all margins show 100%) and nobody answer us. If no answer this week we go to other software.",
  "High", "Feature", "ChurnEscalation", "leave", "report broken; threat to leave raises to High and routes churn")
t("E", "phone", "Pen test: other accounts' rule names",
  "Agent note: the customer's CISO reports their pen-tester could read other accounts' rule names by changing the account id in the URL of the rule list. Report to follow by email.",
  "High", "Platform", "StandardSupport", "sec", "access-control hole in the platform: High, legal + oncall")
t("P", "email", "Zapier triggers dead",
  "After you renamed the 'price.changed' event our Zapier connector stopped triggering. All our zaps are dead. I rebuilt one from scratch and it still never fires.",
  "High", "Integration", "StandardSupport", "", "connector broken, rebuild did not help: no workaround")
t("E", "email", "Moving to another vendor - data export",
  "Hi,\n\nwe will be moving to another pricing vendor at the end of the quarter. How can we export all our rules, price lists and history before then?\n\nThanks,\nAnna",
  "High", "Other", "ChurnEscalation", "leave", "moving to another vendor is a threat to leave (High floor, churn, vp); the ask is a how-to")
t("S", "email", "close account",
  "Hello, I want to close our account because our company is dissolved at end of this month. Thank you for everything.",
  "High", "Billing", "Finance", "leave", "account closure is Billing; a dissolution is still a cancellation: threat to leave, vp")
t("P", "chat", "password reset broken for everyone",
  "password reset emails never arrive (checked spam). 3 of us are locked out of the web app now, no way in",
  "High", "Feature", "StandardSupport", "", "login recovery broken, users locked out, no workaround: High")
t("E", "slack", "exports contain wrong currency",
  "all exports since monday show USD symbols and values for our EUR price lists. the web app shows EUR correctly but our ERP only reads the export, so we're stuck",
  "High", "Feature", "StandardSupport", "", "export gives wrong data and the customer depends on it: broken without workaround")
t("P", "email", "Fwd: pricing API 500 on bulk",
  "---------- Forwarded message ---------\nFrom: dev-team\nSubject: pricing API 500 on bulk\n\nPOST /v1/prices/bulk has returned 'HTTP 500 Internal Server Error' for every batch since this morning, any size (also 1 item). The single-item endpoint works but is far too slow for our 400k SKUs.\n----------\n\nForwarding as requested. Thanks, Lea",
  "High", "Integration", "EngineeringEscalation", "aX", "500 from the API on bulk; the single-item endpoint is no real workaround at 400k SKUs")

# ---------------------------------------------------------------- Medium
t("P", "chat", "api slow?",
  "api slow today? our p95 went from ~200ms to 3s. calls do succeed though",
  "Medium", "Platform", "StandardSupport", "", "API slow but working: Platform, Medium")
t("E", "email", "429 in nightly batch",
  "Hello,\n\nour nightly repricing job now gets 'HTTP 429 Too Many Requests' around 02:30. It retries with back-off and finishes, but about forty minutes later than before, which delays the morning price files.\n\nBest regards,\nKatarzyna",
  "Medium", "Integration", "AutoResolve", "a429", "429 breaking a flow that retries around it: Medium, AutoResolve")
t("S", "web", "rule editor slow",
  "The rule editor takes about 10 seconds per click on our big rule set (600 rules). The rest of the app is fast. We can work, just slowly.",
  "Medium", "Feature", "StandardSupport", "", "slowness confined to one screen: that feature, Medium")
t("P", "email", "Excel export fails above 50k rows",
  "Exporting to Excel fails ('export failed, try again later') once the result has more than ~50,000 rows. If we split it into smaller date ranges, each part works.",
  "Medium", "Feature", "StandardSupport", "", "export broken with a workaround (smaller batches)")
t("E", "slack", "bulk approve does nothing",
  "bulk approvals: selecting more than one item and hitting Approve does nothing. approving them one at a time works, just painful with 300 items",
  "Medium", "Feature", "StandardSupport", "", "approvals broken with a workaround (one by one)")
t("P", "email", "Node SDK 5.0 crash",
  "@tai/sdk 5.0.0 crashes on startup with \"Cannot find module './transport'\". We stayed on 4.9.3 for now, which works.",
  "Medium", "Integration", "StandardSupport", "", "SDK broken, older SDK works: Medium")
t("S", "chat", "weekend rule didnt match some skus",
  "rule 'weekend +5%' didnt match on saturday for some of our skus, others fine. not sure if its our setup or a bug on ur side",
  "Medium", "Feature", "StandardSupport", "", "rule not matching, unclear whose bug: potential bug, Medium (§4.4 MEDIUM)")
t("P", "email", "Report vs export mismatch",
  "The margin report says 1,204 items changed price last week, the CSV export of the same filter lists 1,187. Which one is right?",
  "Medium", "Feature", "StandardSupport", "", "report and export disagree: potential bug, Medium")
t("E", "email", "Webhooks out of order",
  "Hi team,\n\nwe occasionally receive price-change webhooks out of order (the older change arrives after the newer one). We now sort by the event timestamp on our side, which works, but we'd like to understand whether ordering is guaranteed.\n\nCheers,\nTom",
  "Medium", "Integration", "StandardSupport", "", "webhooks misbehaving with a workaround on the customer's side")
t("P", "web", "cursor repeats page",
  "Paging through GET /v1/products sometimes returns the same page twice (the next cursor equals the previous one). We de-duplicate on our side for now. No error, the calls return 200.",
  "Medium", "Integration", "StandardSupport", "", "API misbehaving in form (paging), 200 OK, workaround: Integration Medium")
t("S", "email", "chart blank in Safari",
  "The simulations chart is blank in Safari 17. In Chrome it shows fine so we use Chrome for now.",
  "Medium", "Feature", "StandardSupport", "", "feature broken with a workaround (another browser)")
t("E", "phone", "Intermittent 502 from API",
  "Agent note: customer sees an intermittent 502 Bad Gateway from the API on roughly 1 call in 50. Their client retries and the retry succeeds, so no business impact yet, but they want it looked at.",
  "Medium", "Integration", "EngineeringEscalation", "aX", "intermittent 502 from the API with retries working: engineering, Medium")
t("P", "email", "404 on history for old price lists",
  "We get error 404 from /v1/price-lists/{id}/history, but only for lists created before 2024 - newer ones are fine. Not blocking for us, just reporting.",
  "Medium", "Integration", "EngineeringEscalation", "aX", "API error on an edge case the customer calls not blocking: Medium")
t("P", "slack", "parse error with unicode names",
  "getting 'could not parse request body' when product names contain emoji or umlauts. if we \\u-escape them ourselves it goes through",
  "Medium", "Integration", "AutoResolve", "ajson", "malformed-body error with a workaround: AutoResolve, Medium")
t("S", "chat", "401 in the middle of import",
  "got a 401 halfway through our product import - turns out a colleague rotated the key. had to re-run the whole import (2h)",
  "Medium", "Integration", "AutoResolve", "a401", "401 from the customer's own key rotation that broke a flow they had to re-run: Medium")
t("E", "email", "RE: approvals page - workaround",
  "> Did the workaround help?\n\nYes - reloading the approvals page twice makes the pending items show up. It works but it's tedious for 20 approvers every morning. Any ETA on a fix?\n\nThanks,\nPriya",
  "Medium", "Feature", "StandardSupport", "", "feature broken with a workaround (reload)")
t("P", "email", "digest at 3am",
  "Since the clock change the daily notifications digest arrives at 3 am instead of 8 am. We set it to 1 pm as a workaround, which then lands at 8, but that's clearly not right.",
  "Medium", "Feature", "StandardSupport", "", "notifications misbehaving with a workaround")
t("P", "web", "SCIM group sync slow",
  "SCIM group membership changes take around 6 hours to show in TAI. For urgent ones we push manually from Okta, which syncs within a minute.",
  "Medium", "Integration", "StandardSupport", "", "SCIM degraded with a workaround")
t("E", "slack", "dashboard slow for everyone",
  "web app takes ~20 seconds to load any page today, for all our users, then works normally. api is fine",
  "Medium", "Platform", "StandardSupport", "", "whole web app slow but working: Platform, Medium")
t("S", "email", "import skips rows with accents",
  "Our import silently skips rows whose product name has accents (é, ñ). No error, they're just missing afterwards. We now strip accents before uploading.",
  "Medium", "Feature", "StandardSupport", "", "import silently drops rows: a broken feature (not stored-data loss), workaround")
t("P", "chat", "simulations 8x slower",
  "simulations take 40 min now, used to be ~5. they do finish and the results look right",
  "Medium", "Feature", "StandardSupport", "", "one feature degraded but working")
t("E", "email", "Third ticket: PDF totals differ",
  "Hello,\n\nthis is now our third ticket on the same issue: the PDF export's totals differ from what the screen shows (by a few hundred euros on a 2M total). We keep working from the screen, but please escalate this time.\n\nRegards,\nJ. Moreau",
  "Medium", "Feature", "ChurnEscalation", "repeat", "report/export disagreement (potential bug), Medium; 3+ tickets on the same issue -> churn, vp")
t("S", "web", "Salesforce duplicates",
  "The Salesforce connector creates every quote line twice. We delete the duplicates by hand each day.",
  "Medium", "Integration", "StandardSupport", "", "connector misbehaving with a manual workaround")
t("P", "email", "Java SDK duplicate changes on retry",
  "The Java SDK's automatic retry on timeout creates duplicate price changes. We added our own idempotency keys and that stopped it, but the SDK should handle this.",
  "Medium", "Integration", "StandardSupport", "", "SDK misbehaving, worked around")
t("E", "phone", "Reminders to deactivated users",
  "Agent note: approval reminder emails also go to users who were deactivated last month; the right approvers do get them too. Customer asks for a fix, they tell the old users to ignore them.",
  "Medium", "Feature", "StandardSupport", "", "notification misbehaving, the flow still works")
t("P", "chat", "409s",
  "status 409 Conflict when two of our services update the same rule at once. a retry always works",
  "Medium", "Integration", "EngineeringEscalation", "aX", "409 from the API, retry works: engineering, Medium")
t("S", "email", "statusCode=500 with expand",
  "GET /v1/rules?expand=conditions gives statusCode=500. Without expand it works, so we fetch conditions in a second call for now.",
  "Medium", "Integration", "EngineeringEscalation", "aX", "500 from the API with a workaround: engineering, Medium")
t("E", "email", "Simulations ignore end date",
  "Rules with a 'between' date condition seem to ignore the end date in simulations only: the simulation keeps applying them after the end date. Live pricing stops correctly. Could be how we set it up?",
  "Medium", "Feature", "StandardSupport", "", "a rule evaluating wrongly in simulations only, unclear cause: potential bug, Medium")
t("P", "slack", "sporadic timeouts",
  "around 2% of /v1/price calls hang with no response until our 30s timeout fires. retries go through fine",
  "Medium", "Platform", "StandardSupport", "", "API degraded (timeouts, no code), retries work: Platform, Medium")
t("S", "chat", "sorting wrong",
  "teh rules list sort by 'last modified' isnt sorting right, newest ones end up in the middle. we just use search instead",
  "Medium", "Feature", "StandardSupport", "", "feature misbehaving with a workaround")
t("P", "web", "Teams double posts",
  "The Microsoft Teams connector posts every alert twice. We muted one of the channels as a workaround.",
  "Medium", "Integration", "StandardSupport", "", "connector misbehaving, worked around")
t("E", "slack", "large CSV imports fail",
  "heads up: CSV imports over ~100 MB fail with 'upload failed' in the web app. splitting the file in two works",
  "Medium", "Feature", "StandardSupport", "", "import broken with a workaround (smaller files)")
t("P", "email", "four-oh-three on simulations with read-only key",
  "We get a four-oh-three when our read-only key calls GET /v1/simulations. Read-only should be able to read, no? The admin key works, so we use that for now.",
  "Medium", "Integration", "EngineeringEscalation", "aX", "403 from the API, workaround exists: engineering, Medium")
t("S", "email", "approvals email links open wrong page",
  "The link in approval emails opens the dashboard instead of the approval. Approvers find it via the Approvals menu, so it's just extra clicks.",
  "Medium", "Feature", "StandardSupport", "", "feature broken with a workaround")

# ---------------------------------------------------------------- Low
t("S", "email", "UNACCEPTABLE LOGO",
  "THIS IS UNACCEPTABLE!!! The logo on the login page is BLURRY on my 4K monitor. How can a company charge money for this?? FIX IT NOW!!!",
  "Low", "Feature", "StandardSupport", "", "cosmetic; shouting does not raise it (§2.2.1)")
t("P", "chat", "duplicate a rule",
  "how do i duplicate a rule? cant find it in the menu",
  "Low", "Other", "StandardSupport", "", "how-to about the web app")
t("E", "email", "February invoice with new VAT number",
  "Dear billing team,\n\ncould you please re-issue the February invoice with our new VAT number DE 312 456 789? The old one was deregistered after our merger.\n\nMit freundlichen Grüßen\nAnja Becker\nAccounts Payable",
  "Low", "Billing", "Finance", "", "invoice paperwork")
t("P", "web", "dark mode",
  "Feature request: a dark mode for the rule editor please. Long evenings of rule writing hurt the eyes.",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request (§2.2.1 default LOW)")
t("S", "email", "charged twice",
  "We were charged twice for March - two charges of $49.00 on 1 Mar on the same card. Please refund one.",
  "Low", "Billing", "Finance", "", "billing dispute: Low")
t("E", "slack", "previous price in webhooks",
  "would be great if the price.changed webhook also carried the previous price, so we don't have to look it up. any chance?",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request about webhooks is Feature")
t("P", "email", "RCA for last Tuesday",
  "Hi, could you send us the root-cause analysis for last Tuesday's outage? Everything has been fine since, we just need it for our records. Thanks!",
  "Low", "Other", "StandardSupport", "", "RCA request about a past incident")
t("S", "chat", "elasticity factor?",
  "whats 'elasticity factor' in the simulation settings? higher = more aggressive?",
  "Low", "Other", "StandardSupport", "", "how-to question about the web app")
t("E", "email", "What if TAI goes down on Black Friday?",
  "Hello,\n\nahead of our peak season: what would happen to our prices if TAI went down during Black Friday? Is there a fallback mode, or should we cache prices ourselves?\n\nBest,\nOwen",
  "Low", "Other", "StandardSupport", "", "hypothetical outage question carries no outage")
t("P", "email", "pagination example",
  "How do I paginate /v1/products? The docs mention a cursor but there's no example of the second request.",
  "Low", "Integration", "StandardSupport", "", "API how-to")
t("S", "web", "Shopify connector on Starter?",
  "Does the Starter plan include the Shopify connector, or do we need Professional?",
  "Low", "Billing", "Finance", "", "'does my plan include X?' is Billing")
t("E", "phone", "Contract amendment: +25 seats",
  "Agent note: customer wants to amend their contract to add 25 seats from 1 April, co-terminous with the current term. Asked for a quote and the amendment paperwork.",
  "Low", "Billing", "Finance", "neg", "Enterprise contract change: Billing, Low, vp")
t("P", "email", "thank you!",
  "Just wanted to say thank you for the quick fix yesterday - the team is very happy. Have a nice weekend!",
  "Low", "Other", "StandardSupport", "", "thanks")
t("E", "email", "SOC 2 Type II report",
  "Hi,\nour vendor-risk team needs your latest SOC 2 Type II report and bridge letter for the annual review.\nThank you,\nCompliance Office",
  "Low", "Other", "StandardSupport", "", "compliance paperwork is not a legal issue")
t("P", "chat", "typo on billing page",
  "typo on the billing page: 'recieve your invoices' :)",
  "Low", "Feature", "StandardSupport", "", "UI cosmetic")
t("S", "email", "401 in postman",
  "hi, i get 401 when i try the api from postman. which header do i put the key in? Bearer?",
  "Low", "Integration", "AutoResolve", "a401", "401 asked as a how-to: Low, AutoResolve")
t("P", "slack", "rate limit for backfill",
  "we hit some 429s while backfilling history - what's the actual rate limit for /v1/price, and is there a bulk option?",
  "Low", "Integration", "AutoResolve", "a429", "429 asked as a question: Low, AutoResolve")
t("E", "email", "Security questionnaire",
  "Please find attached our vendor security questionnaire (140 questions). We'd appreciate it back by the end of the month.\n\nKind regards\nVendor Management",
  "Low", "Other", "StandardSupport", "", "questionnaire: compliance paperwork, no legal page")
t("P", "web", "UNDO!!! URGENT!!!",
  "Please add an UNDO button to the rule editor!!! URGENT!!! We lose so much time re-typing conditions!!!",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request; shouting does not raise it")
t("S", "email", "refund unused months",
  "Can we get a refund for the unused months of our annual plan? We're moving down to the free tier, not leaving.",
  "Low", "Billing", "Finance", "", "refund request, a downgrade is no threat to leave")
t("E", "email", "Matching Vendor Y's price",
  "Hi Sam,\n\nto be clear, we are staying with you - the team loves the product. But Vendor Y quoted us 20% less for the same volume. Could you match that at renewal?\n\nCheers,\nLuis",
  "Low", "Billing", "Finance", "neg", "Enterprise price negotiation while staying: not a threat to leave, vp")
t("S", "phone", "currency display",
  "Agent note: caller asked how to switch the currency display from EUR to USD in the web app. Walked through settings, caller happy.",
  "Low", "Other", "StandardSupport", "", "how-to about the web app")
t("P", "email", "broken link in webhook docs",
  "The docs page on webhook signatures links to an example repository that returns 'page not found'.",
  "Low", "Other", "StandardSupport", "", "docs")
t("E", "slack", "scim department mapping idea",
  "feature idea: let SCIM map the 'department' attribute onto a TAI team automatically. would save us a lot of clicking",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request about SCIM is Feature")
t("P", "email", "Service credit for 3 Feb",
  "Regarding the outage on 3 February (resolved the same day): are we entitled to a service credit under the SLA?",
  "Low", "Billing", "Finance", "", "service credit: Billing")
t("E", "email", "Billing contact update",
  "Hello,\n\nplease update our billing contact to accounts.payable@example.com from next month.\n\nBest regards,\n\nMaria Gonzalez\nFinance Manager\nAcme Distribution GmbH\nHRB 12345 | Geschäftsführer: P. Schmidt\nThis message is confidential. If you are not the intended recipient, please delete it.",
  "Low", "Billing", "Finance", "", "billing paperwork")
t("P", "email", "Root cause of 12 Feb 500s",
  "We had 500 errors from your API on 12 February between 10:00 and 10:20 - fixed since then. Could you confirm the root cause for our post-mortem?",
  "Low", "Other", "StandardSupport", "", "a code in a past, fixed incident is no TAI API error: RCA question, Other")
t("E", "email", "Invoice INV-2291 seat count",
  "Invoice INV-2291 lists 120 seats; our contract says 110. Please correct and re-issue.",
  "Low", "Billing", "Finance", "", "billing dispute: Low")
t("P", "web", "slack approvals",
  "Would love a Slack integration for approval requests - approve straight from the message.",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request")
t("P", "slack", "confidence column",
  "can someone explain what the 'confidence' column in simulation results means? 0.7 good or bad?",
  "Low", "Other", "StandardSupport", "", "how-to about the web app")
t("E", "email", "Updated sub-processor list",
  "As per our MSA, please send us the current list of sub-processors for our files. No concerns, just our yearly check.",
  "Low", "Other", "StandardSupport", "", "compliance paperwork, no objection")
t("P", "chat", "pro vs enterprise approvals",
  "whats the difference between Pro and Enterprise for approvals? thinking about upgrading",
  "Low", "Billing", "Finance", "", "plan question: Billing")
t("S", "email", "competitor prices from CSV",
  "Feature request: allow rules to reference competitor prices that we upload as a CSV once a day.",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request")
t("E", "phone", "breach notification question for DPIA",
  "Agent note: customer's DPO asked, for their DPIA, whether TAI would notify them within 72 hours if a personal-data breach ever happened, and where this is written. Nothing has happened.",
  "Low", "Other", "StandardSupport", "", "a question about security/compliance, hypothetical: not a legal issue (fresh8 reading)")
t("P", "email", "v1/rules/bulk deprecation date",
  "FYI the release notes mark v1/rules/bulk as 'deprecated' - is there a removal date? Nothing broken, just planning.",
  "Low", "Integration", "StandardSupport", "", "API question")
t("S", "chat", "2fa app",
  "pls add 2FA with an authenticator app, sms only is meh",
  "Low", "Feature", "FeatureRequestLog", "fr", "feature request, whatever it is about")
t("P", "email", "Tooltip is a DISASTER",
  "The tooltip on the 'margin floor' field is WRONG and MISLEADING. It says 'percentage' when it is an absolute amount. This is a DISASTER for onboarding our new pricing analysts!!!",
  "Low", "Feature", "StandardSupport", "", "UI text is cosmetic; shouting does not raise it (fresh8 reading)")
t("S", "email", "webhook secret hmac",
  "how do i set up the webhook secret? the HMAC part confuses me, do i hash the raw body or the parsed json?",
  "Low", "Integration", "StandardSupport", "", "webhook how-to")
t("E", "email", "Quarterly invoicing - contract amendment?",
  "Hi,\n\nwe'd like to move from monthly to quarterly invoicing. Does that need an amendment to our contract? If so, please send one over.\n\nThanks,\nNadia",
  "Low", "Billing", "Finance", "neg", "Enterprise contract change: Billing, Low, vp (fresh8 reading)")
t("P", "email", "Restore if we delete a rule set?",
  "Before we reorganise: if we accidentally deleted a rule set, could you restore it from a backup? How far back do backups go?",
  "Low", "Other", "StandardSupport", "", "hypothetical data loss carries no loss")
t("S", "web", "German menu cut off",
  "In der deutschen Oberfläche ist 'Preisregeln' im Menü abgeschnitten ('Preisreg…'). Only cosmetic.",
  "Low", "Feature", "StandardSupport", "", "UI cosmetic")
t("E", "slack", "parquet exports?",
  "does Exports support Parquet? if not, please take this as a feature request - our data team would love it",
  "Low", "Feature", "FeatureRequestLog", "fr", "the request is the main ask (fresh8 reading)")
t("P", "email", "NOT urgent - PO number on invoice",
  "Not urgent, nothing is down and we are NOT planning to leave :) - our invoices just need our PO number 4500-1187 on them from now on.",
  "Low", "Billing", "Finance", "", "billing paperwork; 'NOT planning to leave' is no threat")
t("S", "chat", "no errors just a question",
  "no errors, no 401, nothing broken - just wondering if the API has a sandbox environment for testing?",
  "Low", "Integration", "StandardSupport", "", "API question; negated codes are no error")
t("E", "phone", "Past outage question",
  "Agent note: customer asks whether the 20 Feb incident (API down ~40 min, resolved) could recur and what was changed. No current problem.",
  "Low", "Other", "StandardSupport", "", "incident question about a past, resolved incident")


def main():
    rng = random.Random(20261207)
    items = list(T)
    rng.shuffle(items)
    assert len(items) == 120, len(items)
    lines = []
    for i, x in enumerate(items, 1):
        x["pages"] = pages_of(x)
        x["reason"] = f"{x['why']} ({cite(x)})"
        check(x)
        lines.append(json.dumps({
            "id": f"P{i:03d}", "tier": x["tier"], "channel": x["channel"], "subject": x["subject"], "body": x["body"],
            "expected": {"priority": x["prio"], "category": x["cat"], "route": x["route"], "pages": x["pages"],
                         "reason": x["reason"]},
            "split": "fresh8"}, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tickets-fresh8.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    def dist(key):
        c = collections.Counter(key(x) for x in items)
        return ", ".join(f"{k} {v}" for k, v in c.most_common())

    print("route", dist(lambda x: x["route"]))
    print("priority", dist(lambda x: x["prio"]))
    print("category", dist(lambda x: x["cat"]))
    print("tier", dist(lambda x: x["tier"]))
    print("channel", dist(lambda x: x["channel"]))
    print("pages", dist(lambda x: "+".join(x["pages"]) or "none"))
    kinds = collections.Counter(p for x in items for p in x["pages"])
    print("page kinds", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"wrote {len(lines)} tickets to {path}")


if __name__ == "__main__":
    main()
