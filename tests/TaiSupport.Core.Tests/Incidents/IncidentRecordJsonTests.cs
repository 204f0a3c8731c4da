using TaiSupport.Core.Incidents;

namespace TaiSupport.Core.Tests.Incidents;

public sealed class IncidentRecordJsonTests
{
    [Fact]
    public void Read_TheManualExample_LoadsEveryField()
    {
        var record = IncidentExamples.Record;
        Assert.Equal("INC-2026-0142", record.Id);
        Assert.Equal(IncidentLevel.P1, record.Level);
        Assert.Equal(Instant.FromUtc(2026, 2, 10, 22, 0), record.DeclaredAt);
        Assert.Equal("America/Los_Angeles", record.Zone.Id);
        Assert.Equal(4, record.StatusUpdates.Length);
        Assert.Equal(6, record.VerificationRuns.Length);
        Assert.False(record.VerificationRuns[0].Passed);
        Assert.Equal(8234, record.Impact.FailedRequests);
        Assert.Equal("all Professional/Enterprise tiers", record.Impact.AffectedCustomersNote);
        Assert.Equal(3, record.Prevention.Length);
    }

    [Fact]
    public void Read_Minimal_NeedsOnlyLevelAndDeclaredAt()
    {
        var result = IncidentRecordJson.Read("""{"level":"P2","declaredAt":"2026-02-10T22:00:00Z"}""");
        Assert.True(result.IsValid, result.IsValid ? null : result.DescribeProblems());
        Assert.Equal("America/Los_Angeles", result.Value!.Zone.Id);
        Assert.Empty(result.Value.StatusUpdates);
    }

    [Fact]
    public void Read_ManyMistakes_ReportsEveryOneWithItsPath()
    {
        var result = IncidentRecordJson.Read("""
            {
              "level": "P4",
              "declaredAt": "2026-02-10T14:00:00-08:00",
              "timeZone": "Mars/Olympus",
              "statusUpdates": ["2026-02-10T13:59:00-08:00", "soon"],
              "verificationRuns": [{"at": "2026-02-10T14:30:00-08:00"}],
              "impact": {"failedRequests": 10, "totalRequests": 5, "affectedCustomers": -1},
              "postMortemHeldAt": "2026-02-11T14:00:00-08:00",
              "serviceCreditPct": 120,
              "actionItems": [{"action": "", "owner": "Sam", "due": "next week"}],
              "colour": "red"
            }
            """);
        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.PropertyName).ToHashSet();
        Assert.Superset(paths, new HashSet<string>
        {
            "$.level", "$.timeZone", "$.statusUpdates[0]", "$.statusUpdates[1]", "$.verificationRuns[0].passed",
            "$.impact.failedRequests", "$.impact.affectedCustomers", "$.postMortemHeldAt", "$.serviceCreditPct",
            "$.actionItems[0].action", "$.actionItems[0].due", "$.colour",
        });
        Assert.Contains(result.Problems, p => p.PropertyName == "$.statusUpdates[0]" && p.ErrorMessage.Contains("is before declaredAt"));
        Assert.Contains(result.Problems, p => p.PropertyName == "$.postMortemHeldAt" && p.ErrorMessage.Contains("resolvedAt is missing"));
    }

    [Fact]
    public void Read_MissingDeclaredAtAndLevel_NamesBoth()
    {
        var result = IncidentRecordJson.Read("{}");
        Assert.Equal(["$.level", "$.declaredAt"], result.Problems.Select(p => p.PropertyName));
    }

    [Fact]
    public void Read_NotJson_SaysWhere()
    {
        var result = IncidentRecordJson.Read("{\"level\": ");
        Assert.Equal("$", result.Problems.Single().PropertyName);
        Assert.Contains("not valid JSON", result.Problems.Single().ErrorMessage);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameRecord()
    {
        var json = IncidentRecordJson.Write(IncidentExamples.Record);
        var again = IncidentRecordJson.Read(json);
        Assert.True(again.IsValid, again.IsValid ? null : again.DescribeProblems());
        Assert.Equal(json, IncidentRecordJson.Write(again.Value!));
        Assert.Contains("\"declaredAt\": \"2026-02-10T14:00:00-08:00\"", json);
    }
}
