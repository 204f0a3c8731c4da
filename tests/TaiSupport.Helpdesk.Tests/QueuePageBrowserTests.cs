using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NodaTime.Testing;

namespace TaiSupport.Helpdesk.Tests;

/// <summary>
/// The queue page in a real browser: Debian's headless Chromium, driven by playwright-core, loads the page served by
/// Kestrel on 127.0.0.1 and must show the tickets created through the API, in the API's queue order, with countdowns,
/// and the decision trace on click. A missing browser or driver FAILS this test: <c>.ci/run</c> installs both.
/// </summary>
public sealed class QueuePageBrowserTests
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task QueuePage_InHeadlessChromium_ShowsTicketsCreatedThroughTheApi()
    {
        var (node, script) = BrowserToolchain();
        using var database = new TempDatabase();
        using var host = new HelpdeskHost(database, new FakeClock(Instant.FromUtc(2026, 1, 27, 0, 45)), kestrel: true);
        var address = host.ServerAddress;
        Assert.Equal(IPAddress.Loopback.ToString(), address.Host);
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", HelpdeskHost.KeyOf("lead"));
        string[] subjects = ["Production down for all users", "Invoice shows the wrong amount", "Typo on the settings page", "Reports time out"];
        string[] bodies =
        [
            """{"tier": "Enterprise", "subject": "Production down for all users", "signals": {"productionDown": true}}""",
            """{"tier": "Professional", "subject": "Invoice shows the wrong amount", "signals": {"billing": true}}""",
            """{"tier": "Starter", "subject": "Typo on the settings page", "signals": {"cosmetic": true}, "createdAt": "2026-01-26T08:45:00-08:00"}""",
            """{"tier": "Enterprise", "subject": "Reports time out", "createdAt": "2026-01-26T15:30:00-08:00"}""",
        ];
        foreach (var body in bodies)
        {
            await client.PostOk("/api/tickets", body, HttpStatusCode.Created);
        }

        await client.PostOk("/api/tickets/T-1002/status", """{"status": "WaitingOnCustomer"}""");

        var queue = (await client.GetOk("/api/queue")).GetProperty("tickets");
        var ids = queue.Strings("id");
        var first = await client.GetOk($"/api/tickets/{ids[0]}");
        Assert.NotEmpty(host.Watcher.Tick()); // the feed shows what the watcher recorded
        var feed = await client.GetOk("/api/notifications?limit=30");
        var oncall = await client.GetOk("/api/oncall");

        var result = await RunBrowser(node, script, address, ids);

        var rows = result.GetProperty("rows");
        Assert.Equal(ids, rows.Strings("id"));
        foreach (var row in rows.EnumerateArray())
        {
            Assert.Matches("state-(breached|atRisk|pending|paused)", row.GetProperty("className").GetString());
            var cells = row.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToArray();
            Assert.Contains(cells, c => c.Contains("in ", StringComparison.Ordinal) || c.Contains("overdue ", StringComparison.Ordinal));
        }

        foreach (var subject in subjects)
        {
            Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("cells").EnumerateArray().Any(c => c.GetString() == subject));
        }

        // State colours: T-1004 (Enterprise, created 15:30, first response due 16:30) is breached at 16:45; the
        // Starter ticket (created 08:45, its clock starts at the 09:00 opening: due 17:00) is at risk; T-1002 waits on the customer.
        Assert.Equal(["state-breached", "state-atRisk"], rows.EnumerateArray().Take(2).Select(r => r.GetProperty("className").GetString()));
        Assert.Equal("state-pending", Row(rows, "T-1002").GetProperty("className").GetString());
        var detail = result.GetProperty("detail");
        Assert.StartsWith(ids[0], detail.GetProperty("title").GetString());
        var trace = detail.GetProperty("trace").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(first.GetProperty("trace").Strings("rule"), trace.Select(t => t.Split(' ')[0]));

        // The console: signed in as the agent through the page's form, the status change pauses the resolution clock.
        Assert.Equal("Signed in as arun (agent)", result.GetProperty("who").GetString());
        var console = result.GetProperty("console");
        Assert.Equal("Open", console.GetProperty("before").GetProperty("Status").GetString());
        Assert.DoesNotContain("(paused)", console.GetProperty("before").GetProperty("Resolution due").GetString());
        Assert.Equal("WaitingOnCustomer", console.GetProperty("after").GetProperty("Status").GetString());
        Assert.EndsWith("(paused)", console.GetProperty("after").GetProperty("Resolution due").GetString());
        Assert.Contains("arun — holding reply: Looking into this now.", Assert.Single(console.GetProperty("messages").EnumerateArray()).GetString());
        var changed = await client.GetOk($"/api/tickets/{ids[0]}");
        var message = Assert.Single(changed.GetProperty("messages").EnumerateArray());
        Assert.Equal(("agentReply", true, "arun"), (message.GetProperty("kind").GetString(), message.GetProperty("holding").GetBoolean(), message.GetProperty("actor").GetString()));
        Assert.Equal("WaitingOnCustomer", changed.GetProperty("status").GetString());
        Assert.Equal(["status:arun", "assignee:arun", "priority:lena", "tier:lena"],
            changed.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("field").GetString()}:{c.GetProperty("actor").GetString()}").TakeLast(4));
        Assert.Equal(("Marcus", "Low", "Starter"), (changed.GetProperty("assignee").GetString(), changed.GetProperty("priority").GetString(), changed.GetProperty("tier").GetString()));

        // On call now, from the library's timeline: one line per level, naming whom to page.
        var levels = oncall.GetProperty("levels").EnumerateArray().ToArray();
        var lines = result.GetProperty("oncall").EnumerateArray().Select(l => l.GetString()!).ToArray();
        Assert.Equal(levels.Length, lines.Length);
        Assert.All(levels.Zip(lines), p => Assert.StartsWith($"{p.First.GetProperty("level").GetString()}", p.Second));
        Assert.All(levels.Zip(lines), p => Assert.Contains(p.First.GetProperty("onCall").GetString() ?? p.First.GetProperty("person").GetString() ?? "nobody", p.Second));

        // The notifications feed: the API's latest notifications, newest first, e.g. T-1004's first-response breach.
        var shown = result.GetProperty("feed").EnumerateArray().Select(f => $"{f.GetProperty("ticket").GetString()}:{f.GetProperty("kind").GetString()}").ToArray();
        Assert.Equal(feed.EnumerateArray().Reverse().Select(n => $"{n.GetProperty("ticketId").GetString()}:{n.GetProperty("kind").GetString()}"), shown);
        Assert.Contains("T-1004:firstResponseBreach", shown);

        // The agent: clocks and alerts of the ticket's life; owner allowed, priority and tier greyed out; the owner
        // change stops the assignment clock (D25).
        var life = result.GetProperty("life");
        Assert.Equal("saved", life.GetProperty("ownerResult").GetString());
        Assert.Equal(
            """{"status-form":true,"priority-form":false,"tier-form":false,"owner-form":true,"reply-form":true}""",
            life.GetProperty("agentControls").GetRawText());
        Assert.Equal("pending", life.GetProperty("before").GetProperty("clocks").GetProperty("assignment")[1].GetString());
        Assert.Equal("met", life.GetProperty("afterOwner").GetProperty("clocks").GetProperty("assignment")[1].GetString());
        Assert.Contains(life.GetProperty("before").GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "firstResponseBreach" && a.GetProperty("fired").GetBoolean());
        Assert.Contains(life.GetProperty("before").GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "assignmentAtRisk" && !a.GetProperty("fired").GetBoolean());
        Assert.DoesNotContain(life.GetProperty("afterOwner").GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString()!.StartsWith("assignment", StringComparison.Ordinal));

        // The lead changes priority and tier: the first-response due moves (D7).
        var lead = result.GetProperty("lead");
        Assert.Equal("Signed in as lena (lead)", lead.GetProperty("who").GetString());
        Assert.Equal(("saved", "saved"), (lead.GetProperty("priorityResult").GetString(), lead.GetProperty("tierResult").GetString()));
        Assert.NotEqual(lead.GetProperty("before").GetProperty("First response due").GetString(), lead.GetProperty("after").GetProperty("First response due").GetString());

        // The viewer: nothing to change, and the server refuses a change forced past the page.
        var viewer = result.GetProperty("viewer");
        Assert.Equal("Signed in as vic (viewer)", viewer.GetProperty("who").GetString());
        Assert.Equal(
            """{"status-form":false,"priority-form":false,"tier-form":false,"owner-form":false,"reply-form":false}""",
            viewer.GetProperty("controls").GetRawText());
        Assert.Equal(403, viewer.GetProperty("forced").GetInt32());
        Assert.DoesNotContain(result.GetProperty("consoleErrors").EnumerateArray(), e => !e.GetString()!.Contains("403", StringComparison.Ordinal)); // the forced change's 403 only
    }

    private static JsonElement Row(JsonElement rows, string id) => rows.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    /// <summary>Finds node, Chromium and playwright-core, failing with what to install when one is missing.</summary>
    private static (string Node, string Script) BrowserToolchain()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium is not installed at {chromium}: run .ci/run, or apt-get install chromium.");
        var browser = Path.Combine(RepositoryRoot(), "tests", "TaiSupport.Helpdesk.Tests", "Browser");
        Assert.True(Directory.Exists(Path.Combine(browser, "node_modules", "playwright-core")),
            $"playwright-core is not installed in {browser}: run .ci/run, or cd {browser} && npm ci.");
        var node = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(p => Path.Combine(p, "node")).FirstOrDefault(File.Exists);
        Assert.True(node is not null, "node is not on PATH: install Node.js (the machine image has it).");
        return (node!, Path.Combine(browser, "queue-page.mjs"));
    }

    private static async Task<JsonElement> RunBrowser(string node, string script, Uri address, string[] ids)
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, "queue-page.png");
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var (agent, lead, viewer) = (Account("agent"), Account("lead"), Account("viewer"));
        foreach (var argument in new[] { script, address.ToString(), string.Join(',', ids), screenshot, agent.Name, agent.Password, lead.Name, lead.Password, viewer.Name, viewer.Password })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(BrowserTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The browser did not finish within {BrowserTimeout.TotalSeconds} s. stderr: {await stderr}");
        }

        Assert.True(process.ExitCode == 0, $"The browser script failed ({process.ExitCode}): {await stderr}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }

    private static (string Name, string Role, string Password, string Key) Account(string role) => HelpdeskHost.Accounts.Single(a => a.Role == role);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaiSupport.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TaiSupport.Core.sln above {AppContext.BaseDirectory}.");
    }
}
