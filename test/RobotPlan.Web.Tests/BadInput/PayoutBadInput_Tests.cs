using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the payout endpoints: 400 naming the field, no batch, payment, reconciliation or finding written.</summary>
public sealed class PayoutBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Finance = RobotPlanTestData.FinanceOfficer;
    private const string Municipal = RobotPlanTestData.MunicipalReviewer;
    private static readonly string Award = Guid.NewGuid().ToString();
    private static readonly string Batch = Guid.NewGuid().ToString();
    private static readonly string Finding = $"/api/app/clawbacks/{Award}/fraud-finding";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("reconcile without a date", "POST", "/api/app/reconciliations", Finance, "{}", "date"),
        new("reconcile an impossible date", "POST", "/api/app/reconciliations", Finance, """{ "date": "2025-02-30" }""", "date"),
        new("reconcile with a number as date", "POST", "/api/app/reconciliations", Finance, """{ "date": 20250925 }""", "date"),
        new("reconcile a future date", "POST", "/api/app/reconciliations", Finance, """{ "date": "2099-01-01" }""", "date"),
        new("reconcile with JSON cut off in a field", "POST", "/api/app/reconciliations", Finance, """{ "date": """, "date"),
        new("finding without reason", "POST", Finding, Municipal, """{ "documentNumber": "渝1号", "amountDue": 1 }""", "reason"),
        new("finding with huge reason", "POST", Finding, Municipal,
            $$"""{ "reason": "{{new string('假', 1001)}}", "documentNumber": "渝1号", "amountDue": 1 }""", "reason"),
        new("finding without document number", "POST", Finding, Municipal, """{ "reason": "虚开发票", "amountDue": 1 }""", "documentNumber"),
        new("finding with negative amount", "POST", Finding, Municipal, """{ "reason": "虚开发票", "documentNumber": "渝1号", "amountDue": -1 }""", "amountDue"),
        new("finding with text amount", "POST", Finding, Municipal, """{ "reason": "虚开发票", "documentNumber": "渝1号", "amountDue": "all" }""", "amountDue"),
        new("submit with an over-long stamp", "POST", $"/api/app/payout-batches/{Batch}/submit", Finance,
            $$"""{ "concurrencyStamp": "{{new string('x', 41)}}" }""", "concurrencyStamp"),
        new("approve with a stamp of the wrong type", "POST", $"/api/app/payout-batches/{Batch}/approve", Finance,
            """{ "concurrencyStamp": [1, 2] }""", "concurrencyStamp"),
        new("batches with an unknown status", "GET", "/api/app/payout-batches?status=Paidish", Finance, "", "status"),
        new("payments with an unknown status", "GET", "/api/app/payments?status=99", Finance, "", "status"),
        new("payments with a malformed batch id", "GET", "/api/app/payments?batchId=not-a-guid", Finance, "", "batchId"),
        new("payments with a page too large", "GET", "/api/app/payments?maxResultCount=100000", Finance, "", "maxResultCount"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountsAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)  || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int, int, int, int)> CountsAsync() => factory.WithDbAsync(async db => (await db.PayoutBatches.CountAsync(),
        await db.Payments.CountAsync(), await db.Reconciliations.CountAsync(), await db.Awards.CountAsync(a => a.Fraud != null)));
}
