#!/usr/bin/env python3
"""Sixth unseen ticket set (session 10, helper fresh6): writes tickets-fresh6.jsonl (M001..M150), split "fresh6".

Purpose: ONE honest measurement of the engine on tickets nobody tuned on (issue 15: "We will also run triage on
realistic tickets you have not seen; aim for the same figures there"). The fifth set (tickets-fresh5.jsonl) is about
to be tuned on, so this set is new. Run `python3 make_fresh6.py`: it checks every label against the rules below,
writes tickets-fresh6.jsonl next to itself (UTF-8, "\\n" newlines) and prints the labels' distribution (no engine
involved). Written and labelled from the manual (§2.1, §2.2, §2.3, §4, quick reference) and default-policy D11-D16
only, and committed on its own BEFORE any engine ran on these tickets. The situations and wording are my own.

What the writer read: issue 15 (`issues show 15`); the module docstring of make_fresh5.py (`sed -n 1,60p`, then lines
61-71 to reach the docstring's end: the rest of the "readings" paragraph, the structured-signals/channels note and
the fifth set's distribution), its import line, tier constants, NOW, and the flag comment and header of its t() helper
(lines 72-82); its final writing loop and label-distribution printout (`sed -n 610,640p`, which also showed the last
two lines of its check function: category Feature asserted for some flag, and a check that every cited reason holds a
"§" and a D11-D16 id); the first line of tickets-fresh5.jsonl (L001, for the JSON line format); TriageCorpus.cs,
FreshTickets5Tests.cs, TriageCorpusDumpTests.cs, tools/triage-diff.py (its head, to the figures function, and its
"split" lines), the test .csproj's Corpus lines, TicketSignals.cs (signal names) and the head of TriageRequestJson.cs
(lines 1-80); the manual §2.1-§2.3, §4.1-§4.4 and the quick reference; default-policy D11-D17 (D17's first line
showed with D16). Not read: tickets.jsonl, tickets-fresh*.jsonl beyond that one line (a `grep -c '"id":"M'` was run
on every corpus file to avoid an id clash: it printed only counts, all 0), make_corpus.py, make_fresh.py ..
make_fresh4.py, the rest of make_fresh5.py, DefaultKeywords.cs, TextSignalExtractor.cs, KeywordIndex.cs,
TicketTriage.cs, ChurnDetector.cs, any "Wording" test, docs/triage-and-escalation.md, CHANGELOG.
Disclosure (seen by accident): a `grep -n 'def t\\|^with open\\|split' make_fresh5.py` matched the word "split" inside
three of its tickets and printed them with their labels (lines 104-105, 164, 392-393: a rule editor whose Save does
nothing on rules with ~40+ conditions, worked around by splitting the rule, Medium/Feature/StandardSupport; an HTTP 500
from POST /v1/simulations above ~20,000 rows, worked around with 5,000-row requests; simulations above 1M rows stuck
"Running" with an agent's urgent mark before a board meeting, Medium/Feature/ChurnEscalation). None of those
situations is reused here. A `ls` of tests/.../Triage and of its Corpus folder showed file names only. No engine (tai,
triage, the tests, the dump) ran on these tickets before the labels were committed.

Labelling rules: exactly those of make_fresh5.py (which copied make_fresh4.py's), copied below, so the sets compare.
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
Readings where the rules above are silent (make_fresh5.py's, copied, applied the same way throughout this set): a
feature request is category Feature whatever it is about (SSO, SDK, webhooks); a customer asking to cancel the
account or saying it is moving to another vendor is a threat to leave; an agent's urgent mark routes (Tier 4) but
does not by itself raise the priority; a rule or report giving a wrong result is Feature, an API call misbehaving in
form (empty body, paging, headers) is Integration; a TAI API error code on an edge case the customer calls "not
blocking" is Medium; a potential bug the customer cannot tell is theirs or ours (a rule not matching, a report and
an export disagreeing; §4.4 MEDIUM) is Medium.
Readings of my own (the same throughout): the API (or the whole web app) being slow but working is Platform/Medium;
a performance problem confined to one screen is that feature's (Feature/Medium); a security hole is Platform and
High (legal + oncall pages), not Critical, unless stored data was lost; a customer's question about a hypothetical
outage or data loss ("what if ...") carries neither the outage nor the loss; closing a secondary sub-account while
staying a customer is account paperwork, not a threat to leave; a 401/429 the customer hits through its own setup
(a rotated or expired key, a burst) is Low when asked as a how-to and Medium when it breaks a flow that retries or
re-runs work around.
Structured signals (the helpdesk's own metadata) are given only where a real helpdesk would know them (CSAT, last API
call, tickets on the same issue, an agent's urgent mark, financial impact, platform impact from the incident
tracker); "now" for the set is 2026-03-02T17:00Z, as for the earlier sets. Channels: email, web (form), chat
(in-app), slack (shared channel, §1.3), phone (agent's note).
Distribution of the labels: route StandardSupport 61, Finance 26, ChurnEscalation 20, EngineeringEscalation 15,
FeatureRequestLog 15, AutoResolve 13; priority Low 70, Medium 42, High 24, Critical 14; category Integration 44,
Feature 43, Billing 26, Platform 19, Other 18; tier Professional 59, Enterprise 56, Starter 35; channel email 70,
web 33, chat 22, slack 15, phone 10; pages none 113, vp 15, oncall+status+vp 14, legal+oncall 5, legal 3 (page kinds:
vp 29, oncall 19, status 14, legal 8); 13 tickets carry structured signals. The tickets are written grouped by
situation and shuffled with a fixed seed before the ids are given.
"""
import json, os, random, re
from datetime import datetime, timedelta, timezone
from collections import Counter

S, P, E = "Starter", "Professional", "Enterprise"
NOW = datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc)
T = []
# flags: churn (threatens to leave), legal (legal issue), sec (security vulnerability), ceo (contract change / price
# negotiation; pages only for Enterprise), loss (data loss/corruption) -- as in make_fresh5.py; and, for the route
# check below: auto (a TAI API error code in the auto-resolve list: 401, 429, malformed JSON), api (any other TAI API
# error), bill (billing/account question), req (a feature request as the main ask).
def t(tier, ch, subj, body, pr, cat, route, flags, reason, sig=None):
    T.append(dict(tier=tier, ch=ch, subj=subj, body=body, pr=pr, cat=cat, route=route, flags=set(flags.split()) if flags else set(), reason=reason, sig=sig or {}))

# ---------------------------------------------------------------- TAI API error codes: auto-resolve list (401, 429, malformed JSON)
t(S, "email", "401 after I rotated our key",
  "Hi,\n\nI rotated our API key under Settings > API this morning (the old one was in a screenshot we shared by mistake). Since then every request from our little Shopify middleware comes back with 401 Unauthorized. The old key now shows as 'revoked'. Do I need to change anything else besides pasting the new key? I probably missed a step.\n\nThanks\nPieter Claes\nClaes & Zonen",
  "Low", "Integration", "AutoResolve", "auto", "401 from the TAI API after a key rotation, asked as a how-to -> Low; API usage -> Integration; 401 is on the auto-resolve list")
t(P, "web", "Nightly sync hits rate limit",
  "Our nightly catalogue sync (about 180k SKUs, one /v1/evaluate call per SKU) started failing around SKU 60,000 with HTTP 429 and a Retry-After: 30 header. If we sleep 200 ms between batches it finishes, it just takes 3 hours instead of 40 minutes. Is there a higher limit on Professional, or a bulk endpoint we should use instead?",
  "Medium", "Integration", "AutoResolve", "auto", "429 breaks the sync but pausing between batches works around it -> Medium; API usage -> Integration; 429 -> auto-resolve (Tier 1 before the plan question)")
t(E, "slack", "statusCode=429 from tai-java",
  "hey team - seeing `TaiApiException: statusCode=429, message=rate limit exceeded` from tai-java 4.2 since we switched on the price-preview widget on product pages. traffic is ~900 rpm at peak. the SDK's built-in retry gets through eventually but p95 on our PDP went from 120ms to 480ms. anything we should tune on our side?",
  "Medium", "Integration", "AutoResolve", "auto", "429 with the SDK's retries working, slower -> Medium; SDK -> Integration; 429 -> auto-resolve")
t(S, "email", "what is wrong with my request?",
  "Hello,\n\nI am testing the /v1/evaluate endpoint from Postman and always get back `400 - could not parse request body`. My body is:\n\n{'cart_total': 120, 'currency': 'EUR'}\n\nWhat is wrong? I am new to APIs, sorry for the basic question.\n\nGreta",
  "Low", "Integration", "AutoResolve", "auto", "'could not parse request body' (malformed JSON, single quotes) from the API, a beginner's how-to -> Low; Integration; malformed JSON is auto-resolved")
t(P, "chat", "malformed json when pushing rules",
  "we get 'malformed JSON' back from the API when we send rules from our Excel macro. is there a validator or schema somewhere we can check the payload against before sending?",
  "Low", "Integration", "AutoResolve", "auto", "malformed JSON returned by the API, a question about validating payloads -> Low; Integration; auto-resolve")
t(E, "email", "Unauthorized on the sandbox only",
  "Hello TAI support,\n\nOur staging environment has been receiving 'HTTP/1.1 401 Unauthorized' from the sandbox API since Friday, while production runs the same code with its own key and is fine. We suspect the sandbox key expired - it was created almost exactly 12 months ago. Can you confirm sandbox keys expire after a year, and how we extend one? Not urgent, it is staging only.\n\nKind regards,\nMaximilian Brandt\nPlatform Engineering | Brandt Industriebedarf GmbH\nT +49 711 555 0192",
  "Low", "Integration", "AutoResolve", "auto", "401 on the sandbox only, a question about key expiry, 'not urgent' -> Low; Integration; 401 auto-resolve")
t(P, "web", "Parallel report pulls get error 429",
  "When our BI tool pulls /v1/reports/margin for our 12 stores in parallel, about half of the calls fail with error 429. Pulling them one after another works (takes ~6 min instead of 1). Is parallel access supported at all, and if yes with how many concurrent calls?",
  "Medium", "Integration", "AutoResolve", "auto", "429 on parallel calls, sequential calls work -> Medium; reports API usage -> Integration; 429 auto-resolve")
t(S, "chat", "new key still 401??",
  "hi i keep getting 401 even with the new key?? i copied it from the welcome email. is there a delay before it works",
  "Low", "Integration", "AutoResolve", "auto", "401 with a new key, a setup question -> Low; Integration; 401 auto-resolve")
t(E, "phone", "Flash sale - checkout calls rate limited",
  "Agent notes (call, 14:35): Marta Ilves, Ilves Logistics. Their checkout calls to TAI get HTTP 429 during their flash sale since 14:00, roughly 30 % of calls. Their developer added retries with backoff and most orders now go through, a few shoppers saw full price. She asks whether we can raise the limit for the weekend. Marked urgent by me.",
  "Medium", "Integration", "AutoResolve", "auto", "429 during a sale, retries work around it -> Medium; Integration; 429 is auto-resolved first (Tier 1 wins over the urgent mark)", {"urgent": True})
t(P, "email", "OAuth bearer token rejected (invalid_audience)",
  "Hi,\n\nwe moved tai-python from API-key auth to the OAuth client-credentials flow (SDK 3.1). Getting the token works, but every call with that bearer token returns 401 with `invalid_audience`. The docs page on OAuth doesn't say what the audience value should be. What do we put there?\n\nThanks, Sunita",
  "Low", "Integration", "AutoResolve", "auto", "401 with a config question (audience value) -> Low; SDK auth -> Integration; 401 auto-resolve")
t(S, "web", "Error 401 calling from the browser",
  "I'm calling the API straight from our website's JavaScript and get Error 401 in the console. With curl on my laptop it works with the same key. What am I missing?",
  "Low", "Integration", "AutoResolve", "auto", "401 from the browser, a how-to -> Low; Integration; 401 auto-resolve")
t(E, "email", "429s although we are far below our limit",
  "Dear support,\n\nyour documentation lists 3,000 requests/minute for Enterprise. We send about 1,100/min (measured at our API gateway) and since Tuesday get 429 Too Many Requests on ~4 % of the calls. Retries succeed, so nothing is broken for shoppers yet. Could someone check whether our tenant was put on the wrong limit?\n\nBest,\nAnders Holm\nHolm Retail Group",
  "Medium", "Integration", "AutoResolve", "auto", "429 below the documented limit, retries succeed -> Medium; Integration; 429 is on the auto-resolve list (D12 first match)")
t(P, "phone", "Nightly job fails at midnight UTC",
  "Agent notes: Karim (dev at Sahel Distribution) says their scheduled export job gets a four-oh-one from the TAI API at exactly 00:00 UTC every night; re-running it five minutes later works every time. He thinks the token refresh is racing the job. Wants to know the token lifetime.",
  "Medium", "Integration", "AutoResolve", "auto", "nightly 401 (spelled out) with a re-run working -> Medium; Integration; 401 auto-resolve")

# ---------------------------------------------------------------- TAI API errors not on the auto-resolve list -> engineering
t(P, "email", "500 on rules with a +05:30 offset",
  "Hello,\n\nPOST /v1/rules with a condition `valid_from: 2026-03-10T00:00:00+05:30` returns 500 Internal Server Error. The same payload with a Z (UTC) timestamp is accepted, so for now we convert everything to UTC before sending. Request id: req_8f2a1c09.\n\nRegards,\nRohit Menon",
  "Medium", "Integration", "EngineeringEscalation", "api", "500 from the API on an offset timestamp, converting to UTC works -> Medium; Integration; 500 -> engineering")
t(E, "slack", "503 on evaluate from every region",
  "all our /v1/evaluate calls are failing with 503 Service Unavailable since 08:12 CET. checkout falls back to list price so no customer gets any discount right now - that's every store in 6 countries. please look asap",
  "Critical", "Platform", "EngineeringEscalation", "api", "TAI's API down for the customer (503 on every call) -> Critical; TAI down -> Platform; a 503 code -> engineering (Tier 1)")
t(P, "web", "GraphQL simulation query returns errors",
  "The query `simulation(id: \"sim_77\") { results { sku delta } }` now returns `\"data\": null` and `\"errors\": [{\"message\": \"internal error\", \"path\": [\"simulation\", \"results\"]}]`. It worked last week. The simulation opens fine in the web app, so our analyst copies the results from there for now.",
  "Medium", "Integration", "EngineeringEscalation", "api", "GraphQL answering with errors (an API error without a code), web app as a workaround -> Medium; Integration; engineering")
t(S, "email", "page=2 gives 404",
  "Hi, the docs page 'Listing price books' says to use GET /v1/price-books?page=2 for the next page. I get 404 Not Found. Page 1 (no parameter) works. Am I doing it wrong or is this a bug?\n\nLena",
  "Medium", "Integration", "EngineeringEscalation", "api", "404 on paging, the customer unsure whether it is them (potential bug, §4.4 MEDIUM) -> Medium; API paging -> Integration; 404 -> engineering")
t(E, "email", "RE: 403 on the approvals endpoint",
  "Hi Tom,\n\nthanks for the quick reply. We double-checked as you suggested: the service user has the Approver role and the token has the approvals:write scope. Still, POST /v1/approvals/{id}/approve returns 403 Forbidden. The same person can approve in the web app without any problem. Our approvers are clicking through the web app for now (about 60 a day), but the ServiceNow automation is the whole point of the project.\n\nBest regards,\nClaire Dubois\nIT Applications, Maison Ferrand\n\n> On 27 Feb 2026, Tom (TAI Support) wrote:\n> Could you check the role of the service user and the scopes of the token?\n>\n> > On 26 Feb 2026, Claire Dubois wrote:\n> > Our ServiceNow flow gets 403 when approving discounts via the API.",
  "Medium", "Integration", "EngineeringEscalation", "api", "403 from the API while the web app works as a workaround -> Medium; Integration; 403 -> engineering")
t(P, "chat", "some quotes calls get 502",
  "2-3 % of our calls to /v1/quotes get 502 bad gateway, mostly between 14:00 and 15:00 UTC. a retry always fixes it. just want you to know + maybe check the load then",
  "Medium", "Integration", "EngineeringEscalation", "api", "intermittent 502 with retries working -> Medium; Integration; 502 -> engineering")
t(E, "phone", "CLP rejected as unsupported currency",
  "Agent notes: Rafael Soto, Cordova Foods. Their ERP import calls PUT /v1/price-lists and receives 422 Unprocessable Entity 'currency not supported' for CLP (Chilean peso), which our currency docs list as supported. They cannot load the Chile price list at all, no way around it on their side. Chile launch is 9 March.",
  "High", "Integration", "EngineeringEscalation", "api", "422 on a documented currency, no workaround -> High; Integration; 422 -> engineering")
t(S, "web", "Download of big export gives 500",
  "Downloading an export via API (GET /v1/exports/{id}/download) returns 500 every time when the export is bigger than ~50 MB. Smaller exports download fine, and I can download the same big file from the web app by hand.",
  "Medium", "Integration", "EngineeringEscalation", "api", "500 from the API on big downloads, manual download works -> Medium; Integration; 500 -> engineering")
t(P, "email", "409 Conflict on brand-new idempotency keys",
  "Since your release yesterday, every POST /v1/orders/quote with a brand-new Idempotency-Key header returns 409 Conflict 'key already used'. Without the header the call works, but then our retries can create duplicate quotes. We removed the header for now and dedupe afterwards.\n\n-- \nNoa Ben-David | Backend Lead | Kikar Market",
  "Medium", "Integration", "EngineeringEscalation", "api", "409 from the API, dropping the header works around it -> Medium; Integration; 409 -> engineering")
t(E, "email", "Quotes API answering 500 for 40 minutes",
  "Support,\n\nThe Quotes API has been answering `500 upstream connect error or disconnect/reset before headers` for every request for the last 40 minutes. All 300 of our field sales reps use TAI quotes in the CRM and none of them can produce a quote. Nothing works on our side.\n\nJulian Weiss\nHead of Sales Operations",
  "Critical", "Platform", "EngineeringEscalation", "api", "every API call failing, TAI down for this customer -> Critical; Platform; a 500 code -> engineering")
t(P, "slack", "tai-node 5.0: error 400 unknown field",
  "upgraded tai-node from 4.9 to 5.0 and now evaluate calls return error 400 `unknown field: tier_code`. pinned back to 4.9 and everything works again. is tier_code gone in v5 or is this a bug?",
  "Medium", "Integration", "EngineeringEscalation", "api", "400 (a validation error, not malformed JSON) after an SDK upgrade, the older SDK works -> Medium; SDK -> Integration; engineering")
t(S, "chat", "403 when creating rule by api",
  "hello, my colleague made me admin yesterday but the API says 403 forbidden when i create a rule. in the web app i can create it. help pls",
  "Medium", "Integration", "EngineeringEscalation", "api", "403 from the API, the web app works -> Medium; Integration; 403 -> engineering")
t(P, "email", "504 for carts with more than 150 lines",
  "Dear support team,\n\nsince 27. February our calls to /v1/evaluate answer with status 504 Gateway Timeout after 30 seconds for carts with more then 150 lines. Carts with less lines are ok. We have B2B customers with 300-lines carts and they can not order online at all, there is no way for them to split the cart in our shop. Please help quickly.\n\nMit freundlichen Gruessen\nKatrin Vogel\nVogel Laborbedarf",
  "High", "Integration", "EngineeringEscalation", "api", "504 on big carts with no workaround -> High; Integration; 504 -> engineering")
t(E, "email", "E_RULE_CYCLE - limitation or bug?",
  "Hello,\n\nwhen we save a rule that references a price list which is itself derived from another rule's output, the API answers `{\"error\": {\"code\": \"E_RULE_CYCLE\", \"status\": 500}}`. There is no cycle as far as we can see. Is this a known limitation or a bug? We can model it differently, so it is not blocking us.\n\nThanks,\nSiobhan Kelly",
  "Medium", "Integration", "EngineeringEscalation", "api", "a 500 error code from the API on an edge case the customer calls not blocking -> Medium (reading); Integration; engineering")
t(P, "web", "SCIM push fails for a group with 143 members",
  "Okta pushes our groups to TAI's SCIM endpoint. Groups up to 100 members sync fine; our 'Sales-EMEA' group with 143 members fails and Okta shows 'HTTP 500 from https://scim.tai.app/v2/Groups'. As a workaround we created two groups of about 70 instead.",
  "Medium", "Integration", "EngineeringEscalation", "api", "SCIM answering 500 on big groups, smaller groups work -> Medium; SCIM -> Integration; 500 -> engineering")
# ---------------------------------------------------------------- billing and account -> Finance
t(S, "email", "VAT number missing on invoices",
  "Hello,\n\nour VAT number (BE0712.345.678) is not printed on the invoices, and our accountant cannot deduct the VAT without it. Can you add it and re-issue January and February?\n\nThank you,\nSofie Peeters",
  "Low", "Billing", "Finance", "bill", "invoice paperwork -> Low; Billing; Finance")
t(P, "web", "Charged twice in February",
  "Our card was charged EUR 490 on 1 February and again EUR 490 on 3 February for the same Professional subscription. Please refund the second charge. Invoice numbers INV-20260201-3381 and INV-20260203-3427.",
  "Low", "Billing", "Finance", "bill", "double charge, a billing dispute -> Low; Billing; Finance")
t(E, "email", "Renewal quote: 18 % increase is not acceptable",
  "Hi,\n\nwe received the renewal quote for our Enterprise subscription (renewal 1 May). An 18 % increase over last year, with no change in usage, is not something our procurement will sign. We expect to stay at last year's rate of USD 96,000. Please have someone with authority on pricing call me this week.\n\nRegards,\nDaniel Okafor\nHead of Procurement, Okafor & Partners Distribution",
  "Low", "Billing", "Finance", "bill ceo", "Enterprise price negotiation at renewal, no threat to leave -> Low billing; Billing; Finance; Enterprise price negotiation pages VP Product (§4.2)")
t(P, "email", "Going from 10 to 15 seats",
  "Hi there, we're hiring five pricing analysts in March. How do I go from 10 to 15 seats on our Professional plan, and will the extra seats be prorated for the rest of the year?\n\nCheers, Maya",
  "Low", "Billing", "Finance", "bill", "seats question -> Low; Billing; Finance")
t(P, "chat", "SSO on Professional?",
  "quick one: does the Professional plan include SSO with Azure AD or is that Enterprise only?",
  "Low", "Billing", "Finance", "bill", "'does my plan include X' -> Low; Billing (plans); Finance")
t(S, "email", "How do I cancel our subscription?",
  "Hi,\n\nwe are a small shop (3 people) and honestly TAI is more than we need right now. How do I cancel our subscription at the end of this month? Do we keep access to export our rules first?\n\nThanks for everything,\nOlga Petrenko\nPetrenko Handmade",
  "High", "Billing", "Finance", "bill churn", "asks to cancel the account -> threat to leave, High floor (§4.3); account closure -> Billing; Finance (Tier 2 first); VP Product page for the threat")
t(E, "email", "Contract amendment: add our Brazilian entity",
  "Dear TAI team,\n\nwe are adding our Brazilian subsidiary (Ribeiro Comércio Ltda.) to the group contract from 1 April. This needs an amendment to the master agreement: a new billing entity, invoicing in BRL and a local tax clause. Who on your side handles contract amendments?\n\nBest regards,\nFernanda Ribeiro\nLegal & Procurement",
  "Low", "Billing", "Finance", "bill ceo", "Enterprise contract change (amendment), paperwork -> Low; Billing; Finance; Enterprise contract change pages VP Product (§4.2)")
t(P, "web", "Wrong company address on invoice",
  "The invoices still show our old address (Hafenstrasse 12). We moved to Lindenallee 40, 20259 Hamburg in January. Please update it for future invoices.",
  "Low", "Billing", "Finance", "bill", "invoice address change -> Low; Billing; Finance")
t(S, "web", "Payment failed",
  "got an email that the payment failed. my card expired last month. where do i put the new card? dont want the account to be blocked",
  "Low", "Billing", "Finance", "bill", "payment method update -> Low; Billing; Finance")
t(E, "slack", "PO numbers on invoices from April",
  "hi! from april our AP team will reject any invoice without a PO number. our PO for FY26 is 4500-22871. can you make sure it's on every TAI invoice from then? thx",
  "Low", "Billing", "Finance", "bill", "invoice PO number -> Low; Billing; Finance")
t(P, "email", "Overage charge for 2.1M calls - we made 900k",
  "Hello,\n\nthe February invoice bills 2.1 million API calls (USD 3,840 overage). Our own logs show about 900,000 calls to TAI in February. Can you send a breakdown by day and correct the invoice?\n\nBest,\nTheo Marchetti\nMarchetti Casa",
  "Low", "Billing", "Finance", "bill", "overage dispute -> Low; Billing; Finance")
t(E, "email", "Disputed overage: USD 14,200",
  "Hello Finance,\n\nwe dispute the overage of USD 14,200 on invoice INV-2026-0219. The 'simulation compute hours' line did not exist in our contract year until your January price sheet, and nobody told us. If this stands we are basically losing money on the TAI contract this quarter. Please put the invoice on hold until this is clarified.\n\nRegards,\nHelena Sørensen\nFinancial Controller, Nordlys Retail A/S",
  "Low", "Billing", "Finance", "bill", "billing dispute ('losing money on the contract' is about the invoice, not a business loss) -> Low; Billing; Finance; financial impact > $10K only alerts Finance + CSM", {"financialImpact": 14200})
t(P, "chat", "refund for annual by mistake?",
  "we clicked annual instead of monthly at checkout yesterday (EUR 4,680). can we get a refund and switch back to monthly? we haven't used anything new",
  "Low", "Billing", "Finance", "bill", "refund request -> Low; Billing; Finance")
t(E, "email", "Service credits for the 18 February outage",
  "Hi,\n\nduring the outage on 18 February our API calls got 503 for roughly two hours (14:05-16:10 CET). Everything has been stable since. Per section 7 of our SLA we are entitled to service credits; please confirm the credit amount and apply it to the next invoice.\n\nThanks,\nPatrick Lynch\nVendor Management",
  "Low", "Billing", "Finance", "bill", "service credits for a past, resolved outage (its 503 is not a current API error) -> Low; Billing; Finance")
t(S, "email", "invoice in german possible?",
  "Hallo, is it possible to get the invoices in german language? Our Steuerberater wants it. Danke, Jörg",
  "Low", "Billing", "Finance", "bill", "invoice language -> Low; Billing; Finance")
t(P, "email", "We'll leave at renewal unless the price comes down",
  "Hi,\n\nI'll be straight with you: a competitor offered us the same functionality for 40 % less. We like TAI, but unless you can come closer to that price we will not renew in April and will move to them.\n\nBest,\nRuth Alvarez\nCOO, Alvarez Outdoor",
  "High", "Billing", "Finance", "bill churn ceo", "threat to leave over price -> High floor; price -> Billing; Finance; VP Product page for the threat (price negotiation pages only for Enterprise)")
t(E, "phone", "Quarterly billing and no auto-renew",
  "Agent notes: call from Ingrid Halvorsen (CFO, Halvorsen Group). She wants to move from annual to quarterly invoicing and to remove the automatic-renewal clause from their agreement before the next term. No issues with the product. Asked for a call with someone who can change the contract.",
  "Low", "Billing", "Finance", "bill ceo", "Enterprise contract change -> Low; Billing; Finance; pages VP Product (§4.2 Enterprise)")
t(S, "chat", "upgrade to professional - what happens to my rules",
  "if i upgrade to professional today do i keep all my rules and simulations? and do i pay full month or only rest of month",
  "Low", "Billing", "Finance", "bill", "plan upgrade question -> Low; Billing; Finance")
t(E, "email", "Please close our old sandbox sub-account",
  "Hello,\n\nwe still pay for a second sub-account 'hx-sandbox-2024' that we haven't used since last summer. Please close it at the end of the current billing period. Our main account stays as it is, of course.\n\nThanks,\nHugo Lemaire\nHexa Distribution",
  "Low", "Billing", "Finance", "bill", "closing a secondary sub-account while staying (reading) -> Low; Billing; Finance")
t(P, "slack", "invoice counts deactivated users",
  "our march invoice counts 22 seats but 5 of those users were deactivated in february. are deactivated users billed? if not pls correct",
  "Low", "Billing", "Finance", "bill", "seat count dispute -> Low; Billing; Finance")
t(E, "email", "Three-year term - discount?",
  "Hi Sam,\n\nour board is open to committing to a three-year term if the price reflects it. What discount could TAI offer for a 3-year prepaid agreement compared with our current annual rate? We'd like a proposal before 20 March.\n\nBest regards,\nVikram Rao\nVP Finance, Sundar Foods",
  "Low", "Billing", "Finance", "bill ceo", "Enterprise price negotiation -> Low; Billing; Finance; VP Product page (§4.2 Enterprise)")
t(P, "web", "Charged in USD instead of EUR",
  "Our contract says EUR, but the last two invoices are in USD and our bank charged conversion fees (about EUR 38). Please re-issue in EUR and refund the fees.",
  "Low", "Billing", "Finance", "bill", "wrong invoice currency -> Low; Billing; Finance")
t(E, "email", "FW: Invoice INV-2026-0211 - credit note requested",
  "Hi TAI billing,\n\nforwarding below from our AP team. Could you issue the credit note they mention?\n\nThanks, Mei\n\n---------- Forwarded message ---------\nFrom: Accounts Payable <ap@lintang-group.example>\nDate: Thu, 26 Feb 2026\nSubject: Invoice INV-2026-0211\n\nHi Mei,\n\ninvoice INV-2026-0211 lists 'Premium support add-on' (USD 2,500) which we cancelled in December (see attached email). We can only pay the invoice once a credit note for that line is issued.\n\nRegards,\nAP Team\nLintang Group",
  "Low", "Billing", "Finance", "bill", "credit note for a cancelled add-on, billing paperwork -> Low; Billing; Finance")
t(P, "phone", "Why did our monthly price go up?",
  "Agent notes: Gustavo (owner, Casa Verde Mercado) asks why his monthly charge went from USD 399 to USD 449 in February. Not angry, just wants to understand. Explained the list-price change email from December; he asked for a copy.",
  "Low", "Billing", "Finance", "bill", "price question -> Low; Billing; Finance")
t(S, "email", "20 % off if we pay yearly?",
  "Hi! We are happy with TAI. Could you do 20 % off if we pay for a full year upfront instead of monthly? Thanks, Aiko",
  "Low", "Billing", "Finance", "bill ceo", "price negotiation by a Starter -> Low; Billing; Finance; no page (the Enterprise rule only)")
t(P, "chat", "where is january invoice",
  "can't find where to download the january invoice, our bookkeeper needs it today",
  "Low", "Billing", "Finance", "bill", "invoice download -> Low; Billing; Finance (Tier 2 wins over the agent's urgent mark)", {"urgent": True})
# ---------------------------------------------------------------- feature requests -> FeatureRequestLog
t(S, "web", "Dark mode please",
  "Would love a dark mode for the web app. I work late and the white rule editor burns my eyes :)",
  "Low", "Feature", "FeatureRequestLog", "req", "feature request -> Low (§2.2.1 default); Feature; feature-request log")
t(P, "email", "Idea: bulk-edit end dates of discounts",
  "Hello,\n\nat the end of every season we have to change the end date of 60-80 discount rules one by one. It would save us hours if we could select several rules in the list and set a new end date for all of them at once. Is that something you could add?\n\nKind regards,\nElif Yıldız\nPricing Analyst, Yıldız Moda",
  "Low", "Feature", "FeatureRequestLog", "req", "enhancement request -> Low; Feature; feature-request log")
t(E, "slack", "SCIM nested groups?",
  "q from our IAM folks: can your SCIM integration handle nested groups? our AD puts pricing users in sub-groups of 'Commercial'. if it can't today, please take it as a feature request, we'd really like it for the H2 rollout",
  "Low", "Feature", "FeatureRequestLog", "req", "asks for nested-group support in SCIM -> a feature request, Feature whatever it is about (reading) -> Low; feature-request log")
t(P, "chat", "EXCEL EXPORT OF APPROVALS!!!",
  "URGENT!!! WE NEED AN EXCEL EXPORT OF THE APPROVAL HISTORY. OUR AUDITORS ARE ASKING AND THERE IS NO BUTTON FOR IT. PLEASE ADD THIS ASAP!!!",
  "Low", "Feature", "FeatureRequestLog", "req", "shouted feature request stays Low (§2.2.1); Feature; feature-request log")
t(E, "email", "Terraform provider for rules?",
  "Hi,\n\nour platform team manages everything as code. Is a Terraform provider (or at least an official OpenAPI spec we can generate one from) for TAI rules and price books on the roadmap? We'd be glad to be a design partner.\n\nBest,\nJonas Lindqvist\nStaff Engineer, Lindqvist Hardware AB",
  "Low", "Feature", "FeatureRequestLog", "req", "asks for a Terraform provider -> feature request -> Low; Feature (reading); feature-request log")
t(S, "email", "Shopify app",
  "hey, would be awesome if you had a proper Shopify app so we don't have to go through Zapier. just an idea for the future!\n\nBen",
  "Low", "Feature", "FeatureRequestLog", "req", "'would be awesome' feature request -> Low; Feature; feature-request log")
t(P, "web", "Show margin next to each discount in the simulator",
  "Just a suggestion: in the simulator results it would help a lot to see the resulting margin % next to each discounted SKU, not only the new price. Right now we export to Excel to compute it.",
  "Low", "Feature", "FeatureRequestLog", "req", "suggestion -> Low; Feature; feature-request log")
t(E, "email", "Multi-currency rounding rules - or we will not renew",
  "Dear TAI,\n\nwe asked for currency-specific rounding rules (e.g. prices ending in .90 in CHF, .99 in EUR, whole numbers in JPY) over a year ago. Our expansion to Switzerland and Japan depends on it. To be clear: if this is not available by Q3, we will not renew and will move to a vendor that has it.\n\nRegards,\nBeatrix Huber\nDirector E-Commerce, Huber Sport Group",
  "High", "Feature", "FeatureRequestLog", "req churn", "feature request with a threat to leave -> High floor (§4.3); Feature; feature-request log (Tier 3 before Tier 4); VP Product page for the threat")
t(P, "slack", "async python sdk",
  "any plans for an asyncio version of tai-python? we run FastAPI and wrap every call in a thread pool right now. would be a nice addition",
  "Low", "Feature", "FeatureRequestLog", "req", "SDK enhancement request -> Low; Feature (reading); feature-request log")
t(S, "chat", "delegate approvals during holiday",
  "can approvals be delegated when someone is on holiday? i couldn't find it. if not, please add it, our only approver is away 3 weeks in august",
  "Low", "Feature", "FeatureRequestLog", "req", "asks for approval delegation -> feature request -> Low; Feature; feature-request log")
t(E, "phone", "Audit log retention 7 years",
  "Agent notes: Priya (compliance lead, Ashford Pharma Supply) asks whether the audit log can be kept 7 years instead of the current 12 months; their auditors require it for pricing decisions. I said it's not configurable today and logged it as a request on her behalf.",
  "Low", "Feature", "FeatureRequestLog", "req", "retention enhancement request -> Low; Feature; feature-request log")
t(P, "email", "Configurable webhook retry schedule",
  "Hi team,\n\nyour webhooks retry 3 times within 10 minutes. Our receiver is down for maintenance every Sunday for 30 minutes, so we lose those events and need to poll afterwards. Could the retry schedule be configurable (e.g. exponential up to 24 h)?\n\nThanks,\nMarek Nowak",
  "Low", "Feature", "FeatureRequestLog", "req", "webhook enhancement request -> Low; Feature (reading); feature-request log")
t(S, "web", "Portuguese interface",
  "Hello, our team is in Brazil and not all speak english good. Is possible to have the interface of TAI in portuguese? This would help very much. Obrigado!",
  "Low", "Feature", "FeatureRequestLog", "req", "localisation request -> Low; Feature; feature-request log")
t(E, "email", "Enhancement: compare three scenarios side by side",
  "Hello,\n\nour category managers run 3-4 simulations per promotion and then compare them in PowerPoint. A side-by-side comparison of up to three scenarios (revenue, margin, units) inside the simulator would be a big improvement. Please consider it for the roadmap.\n\nKind regards,\nLuc Martin\nCommercial Excellence, Groupe Martin",
  "Low", "Feature", "FeatureRequestLog", "req", "enhancement request -> Low; Feature; feature-request log")
t(P, "web", "API endpoint to clone a rule",
  "Request: an API endpoint to clone an existing rule (with a new name and dates). Today we GET the rule, strip ids and POST it again, which works but is clunky.",
  "Low", "Feature", "FeatureRequestLog", "req", "API enhancement request as the main ask -> Low; Feature (reading); feature-request log")
# ---------------------------------------------------------------- Critical without a TAI API code, threats and churn signals -> ChurnEscalation
t(E, "email", "Web app not loading for us this morning",
  "Good morning,\n\nsorry to bother you on a Monday. It seems the TAI web app hasn't been loading for any of us since about 7:40 (just the grey spinner, on every browser we tried, office and home), so our pricing desk cannot publish today's promotions. No rush if you are already aware of it.\n\nBest wishes,\nInês Carvalho\nPricing Desk, Carvalho Supermercados",
  "Critical", "Platform", "ChurnEscalation", "", "the web app down for the whole customer, politely said -> Critical; Platform; Critical -> Tier 4 route and the critical pages")
t(P, "chat", "our spring rule gives 100% off!!",
  "HELP our rule 'Spring 10%' is applying 100 % off since about 20 min, people are checking out for free in our shop!! we didn't change the rule. we paused the shop but every minute costs us",
  "Critical", "Feature", "ChurnEscalation", "", "a rule evaluating wrongly in production, the customer losing money -> Critical; a rule evaluating wrongly -> Feature (reading); Tier 4 route")
t(E, "web", "Price lists have disappeared",
  "Since this morning 14 of our 37 price lists are gone from the Price Lists page - not archived, not in the trash, just gone. Among them the whole DACH wholesale list. Nobody here deleted anything and the audit log shows no deletion. We need them back.",
  "Critical", "Platform", "ChurnEscalation", "loss", "stored data lost -> Critical (D16 P1); Platform; Tier 4 route; data loss also pages on-call")
t(S, "email", "rule history is empty",
  "Hi,\n\nthe history tab of all our rules is empty since yesterday. Three months of changes, who approved what, all gone. We need that history for our franchise partners. What happened?\n\nMarco Bellini",
  "Critical", "Platform", "ChurnEscalation", "loss", "stored history lost -> Critical (data loss, D16 P1); Platform; Tier 4 route")
t(P, "web", "Reports and simulator slow this afternoon",
  "Reports and the simulator pages take forever to load this afternoon (30 s+). The rule editor seems ok. Just letting you know.",
  "Critical", "Platform", "ChurnEscalation", "", "structured platform impact 35 % > 20 % (incident tracker) decides -> Critical (§4.4 URGENT, D11); Platform; Tier 4 route", {"platformImpactPct": 35})
t(E, "slack", "api not answering at all",
  "api calls are timing out on every request since ~10:05, no response at all after 30s. our POS falls back to full price and we're refunding the difference to customers at the till. 40 stores.",
  "Critical", "Platform", "ChurnEscalation", "", "API not answering (a timeout, no code), TAI down and the customer losing money -> Critical; Platform; no TAI code so Tier 4 route")
t(P, "email", "214 approved rules reset to draft overnight",
  "Hello,\n\nthis morning 214 of our rules that were approved and live are back in 'Draft' status with their approvals removed. They are no longer applied at checkout. Our data has been changed without anyone touching it - please restore the approved state.\n\nRegards,\nAnnika Berg\nBerg Optik",
  "Critical", "Platform", "ChurnEscalation", "loss", "stored data corrupted (approval states reset) -> Critical; Platform; Tier 4 route")
t(E, "email", "Loyalty tier stacking - we lose about USD 2k per hour",
  "Hi,\n\nsince your release last night, gold-tier loyalty customers get both the tier discount and the volume discount on the same line, although the rule says 'do not combine'. Every such order is underpriced; our finance team estimates we are losing about USD 2,000 per hour. We cannot turn off the loyalty program in the middle of the campaign.\n\nOliver Grant\nE-Commerce Director, Grant & Hale",
  "Critical", "Feature", "ChurnEscalation", "", "a rule evaluating wrongly in production with a business loss -> Critical; Feature (reading); Tier 4 route", {"financialImpact": 48000})
t(S, "chat", "is tai down?",
  "is tai down? cant open anything, the website just says 502 bad gateway",
  "Critical", "Platform", "ChurnEscalation", "", "TAI down for the customer -> Critical; Platform; a web-app error page is not a TAI API error, so Tier 4 route")
t(E, "email", "Exports a bit slow today",
  "Hi,\n\nexports are slow today, around 10 minutes instead of 1. Not a big deal for us, just FYI.\n\nCheers,\nNadia",
  "Critical", "Platform", "ChurnEscalation", "", "structured platform impact 25 % > 20 % decides over the mild text (D11) -> Critical; Platform; Tier 4 route", {"platformImpactPct": 25})
t(E, "phone", "Nobody can log in",
  "Agent notes (07:20): Tobias Kern, Kern Baustoffe. Since about 06:00 nobody in their company can log in to the web app - password users and SSO users alike get a blank page after the login form. 40 users, pricing team idle. They also say the API still answers their checkout.",
  "Critical", "Platform", "ChurnEscalation", "", "the web app unusable for the whole Enterprise customer -> Critical (§4.4 URGENT 'unable to use product'); Platform; Tier 4 route")
t(P, "email", "Down AGAIN - third time this month",
  "This is the third time this month that TAI has been down for us - the web app and API both time out since 13:50. Our merchandisers can't work and the shop is using stale prices. If this continues we are leaving, I already have a call with another vendor booked.\n\nDiego Ramos\nCTO, Ramos Deportes",
  "Critical", "Platform", "ChurnEscalation", "churn", "TAI down now -> Critical; Platform; Tier 4 route; threat to leave also pages VP Product")
t(P, "email", "Simulator crashed again - looking at other vendors",
  "Hi,\n\nfor the third time in two weeks the simulator crashes with 'Something went wrong' as soon as we add a second price list. Each time we were told it was fixed. We are now evaluating other vendors - please escalate this.\n\nRegards,\nSven Aalto",
  "High", "Feature", "ChurnEscalation", "churn", "simulator broken with no workaround and a threat to leave -> High; Feature; threat and 3rd ticket -> Tier 4 route", {"sameIssueTickets": 3})
t(E, "slack", "approval notifications still not arriving",
  "approval notifications still don't arrive for half of our approvers, so promotions sit in the queue until someone remembers to check the list by hand. honestly if this isn't sorted we will be leaving when our contract ends in june.",
  "High", "Feature", "ChurnEscalation", "churn", "notifications broken with a manual workaround (Medium) raised to High by the threat to leave; Feature; Tier 4 route")
t(S, "chat", "switching to competitor",
  "tbh we're switching to a competitor next month. your margin report never matches our shopify totals and nobody could tell us why",
  "High", "Feature", "ChurnEscalation", "churn", "moving to another vendor -> threat to leave -> High; report disagreeing -> Feature; Tier 4 route")
t(P, "web", "Still waiting: rounding in exports",
  "I opened a ticket last week about exported prices being rounded to 2 decimals while our rules use 4. We import those exports into our ERP, so we currently fix the decimals with a formula afterwards. I haven't heard anything since. Can someone please look at it?",
  "Medium", "Feature", "ChurnEscalation", "", "export misbehaving with a workaround -> Medium; Feature; CSAT 3 < 5 -> Tier 4 route", {"csat": 3})
t(E, "email", "Restrict a rule to one sales channel",
  "Hi,\n\nhow do I restrict a discount rule so it only applies to our B2B portal and not to the webshop? I have looked at the rule editor and cannot find a channel condition.\n\nThanks,\nClara Jensen",
  "Low", "Other", "ChurnEscalation", "", "how-to in the web app -> Low; Other; CSAT 2 < 5 -> Tier 4 route", {"csat": 2})
t(P, "email", "Reconnecting the API after our developer left",
  "Hello,\n\nour developer who built the TAI connection left in January and since we moved to a new shop system nothing talks to TAI anymore. Where do we start to reconnect the API? Is there a step-by-step guide?\n\nThanks,\nMonika Szabó",
  "Low", "Integration", "ChurnEscalation", "", "API how-to -> Low; Integration; no API call for 21 days (14+) -> Tier 4 route", {"lastApiCallAt": "2026-02-09T10:00:00Z"})
t(S, "web", "AGAIN: CSV import skips lines with semicolons",
  "AGAIN. The CSV import of customer groups skips every line that has a semicolon inside a quoted name. This is my 4th ticket about this. We type those customers in by hand every week.",
  "Medium", "Feature", "ChurnEscalation", "", "import broken with a manual workaround -> Medium; Feature; 4th ticket on the same issue -> Tier 4 route", {"sameIssueTickets": 4})
t(E, "phone", "Midnight activation shows 'pending' in preview",
  "Agent notes: call from Yusuf Demir (Demir Elektronik). Their spring campaign rule is scheduled to activate at 00:00 tonight but the preview shows 'pending - schedule not confirmed'. They can activate it by hand at midnight (someone will stay up), but want us to confirm the schedule works. Marked urgent by me because of the launch.",
  "Medium", "Feature", "ChurnEscalation", "", "scheduling misbehaving with a manual workaround -> Medium; Feature; the agent's urgent mark -> Tier 4 route (does not raise priority)", {"urgent": True})
# ---------------------------------------------------------------- security holes, legal letters, compliance paperwork
t(E, "email", "We can see another company's price lists",
  "Hello,\n\nunder Reports > Shared with me, one of our analysts sees three price lists that clearly belong to another TAI customer (a furniture retailer; we sell chemicals). She did not open them further and we took screenshots. Please treat this as a security issue - if we can see theirs, someone may be able to see ours.\n\nRegards,\nDr. Albrecht Voss\nInformation Security Officer, Voss Chemie AG",
  "High", "Platform", "StandardSupport", "sec", "another tenant's data visible (access-control hole) -> security vulnerability, High floor; Platform; no earlier route; legal + on-call pages")
t(P, "web", "Old sessions still valid after password reset",
  "After I reset my password (because a laptop was stolen), the session on the stolen laptop still worked - our IT checked the next day and it was still logged in to TAI. Shouldn't a password reset end all sessions?",
  "High", "Platform", "StandardSupport", "sec", "sessions surviving a password reset -> security vulnerability, High; Platform; legal + on-call pages")
t(S, "email", "API key visible in export download links",
  "Hi,\n\nthe download links in the 'export ready' emails contain our API key as a query parameter (...&api_key=tai_live_...). Our proxy logs every URL, so the key is now in our logs, and anyone forwarded such an email has it. That doesn't seem right.\n\nKen Watanabe",
  "High", "Platform", "StandardSupport", "sec", "leaked secret in links -> security vulnerability, High; Platform; legal + on-call pages")
t(E, "slack", "deprovisioned users keep access",
  "users we deprovision through SCIM (Okta) disappear from your user list, but if they still have a browser session open they can keep using the web app - one ex-employee edited a rule 2 days after leaving. that's a security problem for us",
  "High", "Platform", "StandardSupport", "sec", "sessions outliving deprovisioning -> security hole (sessions, access control), High; Platform; legal + on-call pages")
t(S, "web", "Got someone else's notification email",
  "We received a TAI 'approval requested' email that contains another company's name, their approver's full name and email address and their discount details. I deleted it but this looks like a data leak from your side.",
  "High", "Platform", "StandardSupport", "sec legal", "another customer's personal data sent to us -> possible personal-data breach and a security hole, High; Platform; legal + on-call pages")
t(E, "email", "Inquiry from the Dutch Data Protection Authority",
  "Dear TAI,\n\nwe have received a written inquiry from the Autoriteit Persoonsgegevens about how customer-specific prices are computed from personal data. As our processor, we need your records of processing and a description of the profiling logic by 13 March. Please confirm who on your side will handle this.\n\nKind regards,\nMr. Pieter de Graaf\nData Protection Officer, De Graaf Retail B.V.",
  "High", "Other", "StandardSupport", "legal", "a regulator's inquiry -> legal issue, High floor (§4.1 Tier 4); legal letter -> Other; General Counsel + CISO page")
t(P, "email", "Objection to new sub-processor",
  "Hello,\n\nwith reference to your notice of 20 February about adding 'Stratus Analytics Inc.' as a sub-processor: we formally object under clause 9.3 of our Data Processing Agreement, as they store data outside the EU. Please confirm receipt of this objection and explain how you will proceed.\n\nSincerely,\nLaura Moretti\nLegal Counsel, Moretti Arredamenti S.r.l.",
  "High", "Other", "StandardSupport", "legal", "DPA objection -> legal issue, High; Other; legal page")
t(E, "email", "Notice of claim - incorrect discounts in January",
  "Dear Sir or Madam,\n\nwe write on behalf of Kowalczyk Wholesale sp. z o.o. Between 4 and 11 January 2026 your platform applied a 25 % discount instead of 2.5 % to our distributor orders, resulting in a loss of EUR 86,400. The issue was fixed on 11 January. We hold TAI liable under clause 12 of the agreement and request your written position within 14 days.\n\nYours faithfully,\nAdam Wróbel\nWróbel & Partners, counsel for Kowalczyk Wholesale",
  "High", "Other", "StandardSupport", "legal", "a liability claim about a past, fixed error (no current loss) -> legal, High floor; legal letter -> Other; legal page")
t(E, "email", "SOC 2 Type II report for vendor review",
  "Hi,\n\nour annual vendor review is due. Could you send TAI's latest SOC 2 Type II report and bridge letter? We are happy to sign an NDA if needed.\n\nThanks,\nGrace Mbeki\nThird-Party Risk, Mbeki Holdings",
  "Low", "Other", "StandardSupport", "", "compliance paperwork, not a legal/security issue -> Low; Other; standard")
t(P, "web", "Security questionnaire (CAIQ) due Friday",
  "Our procurement asks every vendor to fill in the CAIQ v4 questionnaire (about 260 questions). Could your security team fill it in by Friday? Attached as xlsx.",
  "Low", "Other", "StandardSupport", "", "security questionnaire is compliance paperwork -> Low; Other; standard")
t(S, "email", "do you encrypt data at rest?",
  "Hi, our cyber insurance form asks if our vendors encrypt data at rest and in transit. Do you? And where are your servers? Thanks, Tomás",
  "Low", "Other", "StandardSupport", "", "a question about security, not a security issue -> Low; Other; standard")

# ---------------------------------------------------------------- how-to, docs, thanks, incident questions
t(S, "chat", "how to duplicate a rule",
  "how do i duplicate a rule? want the same one for another store",
  "Low", "Other", "StandardSupport", "", "web-app how-to -> Low; Other; standard")
t(P, "email", "Thank you!",
  "Hi Ana,\n\njust wanted to say thanks - the margin report looks right again after yesterday's fix, and the team really appreciated how quickly you kept us posted.\n\nAll the best,\nRichard Cole\nCole Home & Garden",
  "Low", "Other", "StandardSupport", "", "thanks -> Low; Other; standard")
t(E, "web", "Typos and a wrong example on the webhook signature page",
  "The docs page 'Verifying webhook signatures' says 'recieve' twice, and the example signature in step 3 is 63 hex characters - it should be 64 for SHA-256, which confused our developer for a while.",
  "Low", "Other", "StandardSupport", "", "documentation errors -> Low; docs -> Other; standard")
t(P, "chat", "where is the simulator now?",
  "since the new menu i can't find the simulator anymore. where did it go?",
  "Low", "Other", "StandardSupport", "", "web-app how-to -> Low; Other; standard")
t(S, "email", "discount only for customer group B2B",
  "Hello, how I can make a discount what is only for the customers in group 'B2B'? I try with condition 'customer.type' but it is not in the list. Sorry for my english. Regards, Dimitra",
  "Low", "Other", "StandardSupport", "", "web-app how-to -> Low; Other; standard")
t(E, "email", "Were any prices wrong during last Tuesday's incident?",
  "Hi,\n\nabout last Tuesday's incident (status page: 'degraded evaluation latency', 10:20-11:05 UTC): our auditors ask whether any evaluations during that window could have returned wrong prices, or only slow ones. Everything has been normal since. A short written statement would be enough.\n\nBest,\nKatarzyna Nowicka",
  "Low", "Other", "StandardSupport", "", "a question about a past incident, now over -> Low; incident questions -> Other; standard")
t(E, "phone", "Read-only access for an auditor",
  "Agent notes: Henrik (admin at Lund Marine) asks how to give their external auditor read-only access to rules and the audit log for two weeks, without a paid seat if possible. Sent him the roles article; he'll call back if the Viewer role is not enough.",
  "Low", "Other", "StandardSupport", "", "web-app how-to (roles) -> Low; Other; standard")
t(E, "email", "What if a rule wiped a price list?",
  "Hello,\n\nwe're updating our business-continuity plan. Hypothetically, if a badly written rule or an import overwrote or deleted one of our price lists, could you restore it, and from how far back? Nothing has happened - we just need the answer for the document.\n\nThanks,\nRebecca Stone\nIT Risk, Stone Logistics",
  "Low", "Other", "StandardSupport", "", "a hypothetical data loss, a question -> Low; Other; standard (no loss flag)")
t(P, "chat", "simulate button greyed out",
  "the 'Run simulation' button is greyed out for me but my colleague can click it. same project. do i need some permission?",
  "Low", "Other", "StandardSupport", "", "permission how-to in the web app -> Low; Other; standard")
t(P, "slack", "what happened yesterday 14:00-14:20?",
  "yesterday between 14:00 and 14:20 UTC our calls were slow and a few failed, but your status page stayed green the whole time. it's fine now. can you confirm what happened and whether we should expect more?",
  "Low", "Other", "StandardSupport", "", "question about a past incident now over -> Low; Other; standard")
t(P, "web", "What happens if your API is down during checkout?",
  "We are designing our checkout fallback. If TAI's API went down or answered with 5xx errors during checkout, what do you recommend - cache the last prices, or fall back to list price? Is there an uptime figure we can give our board?",
  "Low", "Integration", "StandardSupport", "", "a hypothetical outage, an API design question -> Low; API usage -> Integration; the 5xx is hypothetical, no TAI error, standard")
t(P, "email", "RCA for the 502s on 18 February",
  "Hello,\n\ncould you send the root-cause analysis for the 502 errors on 18 February? Our CFO wants it for the quarterly risk review. Everything has worked fine since.\n\nThanks,\nMehmet Aydın",
  "Low", "Other", "StandardSupport", "", "RCA request for a past, fixed incident (its 502 is not a current API error) -> Low; Other; standard")
# ---------------------------------------------------------------- product features misbehaving, UI, performance
t(S, "web", "LOGO ON APPROVAL EMAIL IS STRETCHED!!!!",
  "THE LOGO IN THE APPROVAL EMAILS IS STRETCHED AND LOOKS TERRIBLE!!!! THIS IS UNACCEPTABLE, FIX IT NOW!!!!",
  "Low", "Feature", "StandardSupport", "", "shouting on a cosmetic issue stays Low (§2.2.1); UI cosmetics -> Feature; standard")
t(P, "email", "Simulation and live price differ by one cent",
  "Hi,\n\nfor about 30 of our 4,000 SKUs the simulator shows a price one cent different from what /v1/evaluate returns live (e.g. 19.99 vs 20.00). Could be our rounding setting, could be yours - we can't tell. It's not urgent, we spot-check before publishing.\n\nBest,\nFrancesca Romano",
  "Medium", "Feature", "StandardSupport", "", "potential bug the customer cannot place (§4.4 MEDIUM) -> Medium; simulations -> Feature; standard")
t(P, "web", "CSV export uses US dates despite de-DE",
  "Our account locale is de-DE, but the CSV export writes dates as 03/02/2026. Our ERP import then reads it as 3 February instead of 2 March. We reformat the column in Excel before importing.",
  "Medium", "Feature", "StandardSupport", "", "export misbehaving with a manual workaround -> Medium; Feature; standard")
t(E, "slack", "volume tiers: 50+ units get the 20-unit price",
  "our tiered rule has breaks at 20, 50 and 100 units. orders with 50-99 units get the 20-unit price instead of the 50-unit price (checked 12 orders since monday). customers are overpaying and complaining to our sales team. the rule config looks right to us and we can't find a way around it",
  "High", "Feature", "StandardSupport", "", "a rule evaluating wrongly, no workaround (customers overpay, not the customer's loss) -> High; Feature; standard")
t(S, "chat", "calendar starts on sunday",
  "the date picker in the rule editor starts weeks on sunday, we're in europe, can it start on monday? small thing",
  "Low", "Feature", "StandardSupport", "", "UI cosmetics -> Low; Feature; standard")
t(P, "email", "Monday's scheduled report email never came",
  "Hello,\n\nthe scheduled 'Weekly margin' report did not arrive in anyone's inbox this Monday (it normally comes at 07:00). The report itself is there in the web app, so we downloaded it manually for the meeting. Could you check why the email wasn't sent?\n\nThanks,\nHanna Virtanen",
  "Medium", "Feature", "StandardSupport", "", "scheduled report email broken, manual download works -> Medium; Feature; standard")
t(E, "email", "RE: Rule shows 'awaiting 1 approval' after two approvals",
  "Hi again,\n\nit happened a second time today: rule 'EMEA Easter bundle' was approved by both required approvers (Karl and me, timestamps in the history), yet it still says 'awaiting 1 approval' and can't be published. Last time our admin used 'override and publish', which works but defeats the purpose of the four-eyes rule.\n\nRegards,\nLisa Hoffmann\n\n> From: TAI Support\n> We could not reproduce this on our side. Please let us know if it happens again.",
  "Medium", "Feature", "StandardSupport", "", "approvals misbehaving, admin override works around it -> Medium; Feature; standard (2nd report, not 3+)")
t(P, "web", "Rule search ignores accents",
  "Searching the rule list for 'café' or 'Müller' finds nothing, although rules with those names exist. Searching 'caf' finds them. Annoying with 900 rules, but we manage.",
  "Medium", "Feature", "StandardSupport", "", "search broken with a workaround -> Medium; Feature; standard")
t(E, "email", "Coupon + loyalty ignores the 30 % cap (found in simulation)",
  "Hello TAI team,\n\nwhile testing our new campaign in the simulator we found that a coupon combined with a loyalty discount ignores the 'maximum total discount 30 %' cap: orders above EUR 500 get up to 45 %. It's not live yet - launch is in two weeks - but we cannot launch like this and see no other way to enforce the cap.\n\nKind regards,\nEmma Schulz\nCRM Manager, Schulz Living",
  "High", "Feature", "StandardSupport", "", "a rule evaluating wrongly before launch (no loss yet), no workaround -> High; Feature; standard")
t(P, "chat", "exports stuck in queued",
  "all our exports are stuck in 'queued' since 9am (it's 11 now). we need the price export for month-end close today and there's no other way to get it",
  "High", "Feature", "StandardSupport", "", "exports broken, no workaround -> High; Feature; standard")
t(E, "phone", "Margin by region shows EMEA twice",
  "Agent notes: Akosua (analyst, Mensah Group) says the 'Margin by region' report lists EMEA twice with different numbers since Friday, and the totals are off. She rebuilds the figures from the raw export for now. Screenshot in the attachment.",
  "Medium", "Feature", "StandardSupport", "", "a report giving a wrong result with a workaround (raw export) -> Medium; Feature; standard")
t(S, "web", "rule editor lags when typing",
  "with about 300 rules the rule editor becomes really slow, every key press takes half a second to show. it works, just painful.",
  "Medium", "Feature", "StandardSupport", "", "one screen slow but working -> Medium; Feature (reading); standard")
t(P, "email", "Evaluate latency went from 80 ms to 650 ms",
  "Hi,\n\nsince Thursday the p95 latency of /v1/evaluate has gone from ~80 ms to ~650 ms for us (Frankfurt region, measured at our gateway, ~200k calls/day). Everything still works, but our product pages feel slower. Did something change?\n\nThanks,\nBastian Krüger",
  "Medium", "Platform", "StandardSupport", "", "the API slower but working -> Medium; API slow as a whole -> Platform (reading); standard")
t(E, "slack", "web app really slow today",
  "the web app is really slow for us today, 10-15 s for every page, but everything does load eventually. anything going on?",
  "Medium", "Platform", "StandardSupport", "", "the web app degraded but working -> Medium; Platform; standard")
t(P, "email", "FW: FW: new-customer discount not applied",
  "Hi support, see below - can you have a look?\n\nThanks, Jana\n\n-----Original Message-----\nFrom: Petr Dvořák\nSent: Friday, 27 February 2026 16:12\nTo: Jana Horáková\nSubject: FW: new-customer discount not applied\n\nJana, the 'first order 10 %' rule is not applied for roughly a third of new customers. I can't tell if it's our customer import (maybe the order count isn't 0) or TAI. For now the shop team adds the discount manually when people complain.\n\n-----Original Message-----\nFrom: Shop Team\nSubject: new-customer discount not applied\n\nThree complaints this week from new customers about the missing welcome discount.",
  "Medium", "Feature", "StandardSupport", "", "a rule not matching, cause unclear (potential bug, §4.4 MEDIUM) with a manual workaround -> Medium; Feature; standard")
t(E, "email", "Bulk import reported 'failed' for 3 files",
  "Hello,\n\nyesterday's bulk import of price lists reported 'failed' for 3 of 40 files without a reason. No data was lost - the previous versions stayed in place - and re-uploading the three files worked. Could you find out why they failed so it doesn't happen during the quarterly update?\n\nRegards,\nOskar Nilsson",
  "Medium", "Feature", "StandardSupport", "", "import failing with re-upload as a workaround -> Medium; 'no data was lost' is negated, no loss; Feature; standard")
t(P, "email", "Approval reminders in English for French users",
  "Bonjour,\n\nour approvers have their language set to French, but the reminder emails come in English. The first approval email is correctly in French. Small thing but some colleagues don't read English well.\n\nMerci,\nAmélie Laurent",
  "Low", "Feature", "StandardSupport", "", "notification language, cosmetic -> Low; Feature; standard")
t(E, "web", "Segment import drops the last row",
  "When we import customer segments from CSV, the last row of the file is always missing. If we add an empty line at the end, all rows are imported. Happens with files from Excel and from our CRM.",
  "Medium", "Feature", "StandardSupport", "", "import misbehaving with a workaround -> Medium; Feature; standard")
t(S, "chat", "discount for 10 pieces not working",
  "i made rule 'from 10 pieces 5% off' but it only works from 11 pieces. is it me or the system? i can set 9 instead but its strange",
  "Medium", "Feature", "StandardSupport", "", "edge-case rule behaviour, unsure whose (potential bug, §4.4 MEDIUM), workaround -> Medium; Feature; standard")
t(P, "web", "Approvals page shows 'Error 500'",
  "Clicking 'Approvals' in the left menu shows a white page with 'Error 500 - something went wrong' since this morning. All other menus work, and approving through the links in the emails still works.",
  "Medium", "Feature", "StandardSupport", "", "an error page in the web app (not a TAI API error), email links work around it -> Medium; approvals -> Feature; standard")

# ---------------------------------------------------------------- integrations without a TAI API error code
t(P, "web", "Webhook signatures fail after secret rotation",
  "After we rotated the webhook signing secret on Friday (and updated it on our side, triple-checked), every webhook fails our HMAC verification. Events do arrive. We have switched verification off for now so orders keep flowing, which our security team is not happy about.",
  "Medium", "Integration", "StandardSupport", "", "webhook signatures broken, verification off as a workaround -> Medium; webhooks -> Integration; standard")
t(E, "email", "Webhooks arrive out of order",
  "Hello,\n\nwe sometimes receive 'rule.updated' before 'rule.created' for the same rule, a few seconds apart. We now buffer events for 10 seconds and sort them by the timestamp field, which works. Is ordering guaranteed at all?\n\nBest,\nArjun Pillai",
  "Medium", "Integration", "StandardSupport", "", "webhook ordering with a workaround -> Medium; Integration; standard")
t(S, "chat", "webhook for approvals?",
  "how do i set up a webhook that fires when a rule is approved? i want to post it in our teams channel",
  "Low", "Integration", "StandardSupport", "", "webhook how-to -> Low; Integration; standard")
t(P, "email", "Salesforce connector stopped syncing",
  "Hi,\n\nthe Salesforce connector hasn't synced opportunities since 26 February. The connector page says 'Last sync: 26 Feb 04:00' and 'Status: OK'. Reconnecting it didn't help and our sales reps are quoting with last week's prices. We don't have another way to get the prices into Salesforce.\n\nThanks,\nOwen Price\nRevOps, Price & Daughters",
  "High", "Integration", "StandardSupport", "", "connector broken with no workaround -> High; third-party connector -> Integration; standard")
t(E, "slack", "scim doesn't map department",
  "SCIM provisioning works but the 'department' attribute from Okta never shows up on the TAI user, so our approval routing by department doesn't work for new users. we're setting it by hand in TAI for now",
  "Medium", "Integration", "StandardSupport", "", "SCIM attribute mapping broken with a manual workaround -> Medium; Integration; standard")
t(P, "web", "NullPointerException in tai-java when rule has no end date",
  "tai-java 4.3: `Rule.getEffectivePeriod()` throws NullPointerException for rules without an end date. We set end dates to 2099-12-31 as a workaround. Stack trace below.\n\njava.lang.NullPointerException\n  at ai.tai.sdk.model.Rule.getEffectivePeriod(Rule.java:212)\n  at com.acme.pricing.Sync.run(Sync.java:88)",
  "Medium", "Integration", "StandardSupport", "", "SDK exception (not an API error code) with a workaround -> Medium; SDK -> Integration; standard")
t(E, "email", "Pagination cursor repeats items",
  "Hi,\n\nwhen we page through GET /v1/rules with the cursor, some rules appear on two consecutive pages (about 1 in 200) and the total is higher than the count in the web app. We dedupe by id on our side, so it's manageable, but it makes us nervous.\n\nRegards,\nJavier Ortega",
  "Medium", "Integration", "StandardSupport", "", "API paging misbehaving in form (no error code), dedupe works -> Medium; Integration (reading); standard")
t(P, "chat", "replay webhooks from yesterday?",
  "yesterday our endpoint returned 500 for all your webhooks for about 3 hours (our bug, fixed now). can you replay the failed deliveries from yesterday 10:00-13:00?",
  "Low", "Integration", "StandardSupport", "", "the 500 came from the customer's own endpoint, not TAI's API; a how-to/replay request -> Low; webhooks -> Integration; standard")
t(E, "web", "Okta: new users get 'user not assigned'",
  "New employees added to our Okta 'TAI Users' group get 'User is not assigned to this application' when they click the TAI tile. Existing users are fine. Probably something in our Okta setup - what do we need to check?",
  "Low", "Integration", "StandardSupport", "", "SSO configuration how-to -> Low; SSO -> Integration; standard")
t(S, "email", "evaluate sometimes returns empty body",
  "Hi,\n\nmaybe 1 in 500 calls to /v1/evaluate comes back 200 OK but with an empty body (content-length 0). Retrying immediately gives the correct answer, so we retry now. Is this known?\n\nLuca",
  "Medium", "Integration", "StandardSupport", "", "a 200 OK with an empty body (not an error code) misbehaving in form, retry works -> Medium; Integration (reading); standard")
t(E, "email", "HubSpot connector creates duplicate contacts",
  "Hello,\n\nsince we turned on the HubSpot connector, every approved quote creates a new contact in HubSpot instead of matching the existing one by email. We now merge duplicates weekly with a HubSpot workflow. Can the connector match by email?\n\nThanks,\nSiri Haugen\nMarketing Ops, Haugen Interiør",
  "Medium", "Integration", "StandardSupport", "", "connector misbehaving with a workaround -> Medium; Integration; standard")
t(S, "chat", "odoo says error E-4012",
  "our odoo connector shows error E-4012 'price list locked' when it syncs from tai since yesterday. is that your error or odoo? we update prices in odoo by hand meanwhile",
  "Medium", "Integration", "StandardSupport", "", "a code from the customer's own system (not TAI's API), unsure whose, manual workaround -> Medium; connector -> Integration; standard")
t(E, "email", "If our checkout shows 503, is the quote still recorded?",
  "Hello,\n\nwhen our own inventory service fails, our Magento checkout shows 'Error 503' to shoppers after the TAI evaluation has already happened. In that case, is the TAI quote still recorded as used? We need to know for reconciliation.\n\nThanks,\nAnna Kowalski",
  "Low", "Integration", "StandardSupport", "", "the 503 is the customer's own checkout, not TAI's API; an API usage question -> Low; Integration; standard")
t(P, "email", "No API calls for 10 days - is our key still ok?",
  "Hi,\n\nwe paused our integration for ten days while we migrated our shop. Before we switch it back on tomorrow: do API keys expire after inactivity, and is there anything to re-enable?\n\nBest,\nVeronika Horvat",
  "Low", "Integration", "StandardSupport", "", "API how-to -> Low; Integration; 10 days without calls is under the 14-day trigger -> standard", {"lastApiCallAt": "2026-02-20T09:00:00Z"})
# ---------------------------------------------------------------- broken without a workaround
t(S, "web", "Publish button spins forever",
  "Since yesterday afternoon the 'Publish' button on every rule just spins and nothing gets published. I tried Chrome, Edge and Firefox, cleared the cache, logged out and in. Our weekend offer has to go live tomorrow and I have no other way to publish it.",
  "High", "Feature", "StandardSupport", "", "publishing broken, every workaround tried -> High; rule editor -> Feature; standard")
t(E, "email", "'You are not allowed to approve' for every approver",
  "Hello,\n\nsince Monday every approver, including our two admins, gets 'You are not allowed to approve this rule' on every rule in the queue. Nothing has changed in our roles. 37 rules are waiting, the new price list for our distributors cannot be published, and we found no way around it.\n\nBest regards,\nGiulia Ferri\nPricing Operations, Ferri Alimentari S.p.A.",
  "High", "Feature", "StandardSupport", "", "approvals broken for everyone with no workaround (a permission bug denying access, not a security hole) -> High; Feature; standard")
t(S, "email", "tai-dotnet 2.0 cannot read evaluate responses",
  "Hi,\n\nafter updating to tai-dotnet 2.0, every evaluate call throws `System.Text.Json.JsonException: The JSON value could not be converted to StackingMode. Path: $.discounts[0].stacking`. The HTTP response itself is 200 with a valid body. We can't go back to 1.x because it doesn't support .NET 10, which our shop runs on, so prices are not loading in our shop admin.\n\nThanks,\nNikolai Petrov",
  "High", "Integration", "StandardSupport", "", "SDK failing to read a valid 200 response (no API error code), no fallback -> High; SDK -> Integration; standard")
t(E, "slack", "SAML signature invalid for our EU org",
  "after our IdP certificate rollover on saturday, everyone in our 'EU' Okta org (about 120 of 300 users) gets 'SAML response signature invalid' when logging in to TAI. we uploaded the new cert in TAI's SSO settings twice. password login is disabled by our policy so those users can't get in at all. US org works.",
  "High", "Integration", "StandardSupport", "", "SSO broken for part of the customer with no workaround -> High; SSO -> Integration; standard")

# ---------------------------------------------------------------- the labels checked against the rules' structure
RANK = {"Low": 0, "Medium": 1, "High": 2, "Critical": 3}
ROUTES = ["AutoResolve", "EngineeringEscalation", "Finance", "FeatureRequestLog", "ChurnEscalation", "StandardSupport"]
CATEGORIES = ["Platform", "Feature", "Integration", "Billing", "Other"]
CHANNELS = {"email", "web", "chat", "slack", "phone"}
FLAGS = {"churn", "legal", "sec", "ceo", "loss", "auto", "api", "bill", "req"}
SIGNALS = {"csat", "lastApiCallAt", "sameIssueTickets", "urgent", "financialImpact", "platformImpactPct"}


def churn_signal(x):
    """§4.3 triggers and §2.1 Tier 4 from the helpdesk's structured signals."""
    s = x["sig"]
    inactive = "lastApiCallAt" in s and NOW - datetime.fromisoformat(s["lastApiCallAt"].replace("Z", "+00:00")) >= timedelta(days=14)
    return s.get("csat", 10) < 5 or inactive or s.get("sameIssueTickets", 0) >= 3 or s.get("urgent", False)


def route(x):
    """§2.1 / D12, first match."""
    f = x["flags"]
    if "auto" in f:
        return "AutoResolve"
    if "api" in f:
        return "EngineeringEscalation"
    if "bill" in f:
        return "Finance"
    if "req" in f:
        return "FeatureRequestLog"
    if x["pr"] == "Critical" or "churn" in f or churn_signal(x):
        return "ChurnEscalation"
    return "StandardSupport"


def pages(x):
    """What a correct triage pages (§4.2, §4.3, §4.4, D13): vp, legal, status, oncall."""
    f, p = x["flags"], set()
    if x["pr"] == "Critical":
        p |= {"oncall", "status", "vp"}
    if x["route"] == "ChurnEscalation" or "churn" in f or ("ceo" in f and x["tier"] == E):
        p.add("vp")
    if "legal" in f or "sec" in f:
        p.add("legal")
    if "sec" in f or "loss" in f:
        p.add("oncall")
    return sorted(p)


PR_CITE = {"Critical": "quick reference CRITICAL, §4.4 URGENT, D11", "High": "quick reference HIGH, D11",
           "Medium": "quick reference MEDIUM, D11", "Low": "quick reference LOW, §2.2.1, D11"}
ROUTE_CITE = {"AutoResolve": "§2.1 Tier 1 auto-resolve, D12", "EngineeringEscalation": "§2.1 Tier 1 engineering, D12",
              "Finance": "§2.1 Tier 2, D12", "FeatureRequestLog": "§2.1 Tier 3, D12",
              "ChurnEscalation": "§2.1 Tier 4, §4.3, D12, D14", "StandardSupport": "§2.1 standard, D12"}


def cited(x):
    """The one-line reason with the manual's sections and D ids of the label appended."""
    parts = [PR_CITE[x["pr"]], "§2.2.2", ROUTE_CITE[x["route"]]]
    if pages(x):
        parts.append("§4.2, D13" + (", §4.4 URGENT, D15" if "oncall" in pages(x) else ""))
    return f"{x['reason']} ({'; '.join(parts)})"


# The tickets were written grouped by situation; a fixed shuffle gives the ids an inbox order (no label read off an id).
random.Random(20260302).shuffle(T)
assert len(T) == 150, len(T)
assert len({x["subj"] for x in T}) == len(T), "duplicate subjects"
assert len({x["body"] for x in T}) == len(T), "duplicate bodies"
for i, x in enumerate(T, 1):
    who = f"M{i:03d} {x['subj']}"
    f, s = x["flags"], x["sig"]
    assert x["tier"] in (S, P, E) and x["ch"] in CHANNELS, who
    assert x["pr"] in RANK and x["cat"] in CATEGORIES and x["route"] in ROUTES, who
    assert f <= FLAGS and set(s) <= SIGNALS, who
    assert x["route"] == route(x), (who, x["route"], route(x))
    assert not ("auto" in f and "api" in f), who
    # priority
    if "loss" in f or s.get("platformImpactPct", 0) > 20:
        assert x["pr"] == "Critical", who
    if f & {"churn", "legal", "sec"}:
        assert RANK[x["pr"]] >= RANK["High"], who
    if ("req" in f or "bill" in f) and not f & {"churn", "legal", "sec"}:
        assert x["pr"] == "Low", who          # feature requests and billing paperwork/disputes default LOW
    if x["pr"] == "Critical" or churn_signal(x) or "churn" in f:
        assert x["route"] != "StandardSupport", who   # Tier 4 unless an earlier tier matched
    # category
    if "req" in f:
        assert x["cat"] == "Feature", who
    if "bill" in f:
        assert x["cat"] == "Billing", who
    if "loss" in f or "sec" in f:
        assert x["cat"] == "Platform", who
    if "legal" in f and not f & {"sec", "bill"}:
        assert x["cat"] == "Other", who
    if f & {"auto", "api"}:
        assert x["cat"] in ("Integration", "Platform"), who
    if x["cat"] == "Billing":
        assert "bill" in f, who
    # pages
    p = pages(x)
    if x["pr"] == "Critical":
        assert {"oncall", "status", "vp"} <= set(p), who
    else:
        assert "status" not in p, who
    if x["route"] == "ChurnEscalation":
        assert "vp" in p, who
    assert "§" in cited(x) and re.search(r"D1[1-6]", cited(x)), who
    assert "\r" not in x["body"] and x["body"].strip() == x["body"], who

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tickets-fresh6.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for i, x in enumerate(T, 1):
        line = {"id": f"M{i:03d}", "tier": x["tier"], "channel": x["ch"], "subject": x["subj"], "body": x["body"]}
        if x["sig"]:
            line["signals"] = x["sig"]
        line["expected"] = {"priority": x["pr"], "category": x["cat"], "route": x["route"], "pages": pages(x), "reason": cited(x)}
        line["split"] = "fresh6"
        f.write(json.dumps(line, ensure_ascii=False) + "\n")

# The labels' distribution (no engine involved).
for name, key in [("route", lambda x: x["route"]), ("priority", lambda x: x["pr"]), ("category", lambda x: x["cat"]),
                  ("tier", lambda x: x["tier"]), ("channel", lambda x: x["ch"]),
                  ("pages", lambda x: ",".join(pages(x)) or "-")]:
    print(name, dict(Counter(map(key, T)).most_common()))
print("page kinds", {k: sum(1 for x in T if k in pages(x)) for k in ("vp", "legal", "status", "oncall")})
print("with signals", sum(1 for x in T if x["sig"]), "of", len(T))
