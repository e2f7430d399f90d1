using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.AuditLogging;
using RobotPlan.CatalogListings;
using RobotPlan.HistoryChains;

namespace RobotPlan.Application.Tests.HistoryChains;

/// <summary>Tamper-evident history: rows edited or deleted behind the application's back (raw SQL) break the verification.</summary>
public sealed class HistoryChain_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private async Task<HistoryChainReportDto> VerifyAsync()
    {
        await host.LoginAsAsync(RobotPlanTestData.AuditAdministrator);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IHistoryChainAppService>().VerifyAsync());
    }

    private static HistoryChainResultDto Chain(HistoryChainReportDto report, string name) => report.Chains.Single(c => c.Chain == name);

    [Fact]
    public async Task Should_Stay_Intact_Through_Normal_Use_And_Report_The_First_Edited_Or_Deleted_Row()
    {
        // Normal use: a file submitted (history), a listing published and suspended (status changes), requests audited.
        var submitted = await _s.SubmittedAsync();
        var listing = await ListingTestPublisher.PublishAsync(host.Services, "LY-W6", CatalogKind.FirstUnit, host.Today);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await host.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().SuspendAsync(listing.Id,
            new ChangeListingStatusDto { Reason = "核查", DocumentNumber = "渝经信函〔2025〕2号", DocumentDate = host.Today }));
        for (var i = 0; i < 3; i++)
            await host.WithDbAsync(async db =>
            {
                db.AuditLogs.Add(new AuditLog { HttpMethod = "POST", Url = $"/api/app/x/{i}", StatusCode = 200, ExecutionTime = DateTime.UtcNow });
                return await db.SaveChangesAsync();
            });

        var intact = await VerifyAsync();
        intact.Intact.ShouldBeTrue(string.Join("; ", intact.Chains.Select(c => $"{c.Chain} {c.Problem} {c.Stream} {c.Sequence}")));
        // Claims' history has its own test (ClaimHistoryChain_Tests), USCC disputes' theirs (UsccDispute_Tests): none is made here.
        intact.Chains.Where(c => c.Chain is not (nameof(RobotPlan.SubsidyClaims.SubsidyClaimHistoryEntry)
            or nameof(RobotPlan.Enterprises.UsccDisputeHistoryEntry))).ShouldAllBe(c => c.Rows > 0);
        Chain(intact, "CatalogListingStatusChange").Rows.ShouldBeGreaterThanOrEqualTo(2);

        // 1. An application history comment edited in place.
        var entryId = await host.WithDbAsync(db => db.Database
            .SqlQueryRaw<Guid>("SELECT \"Id\" AS \"Value\" FROM \"CatalogApplicationHistory\" WHERE \"ApplicationId\" = {0}", submitted.Id).SingleAsync());
        var original = await host.WithDbAsync(db => db.Database
            .SqlQueryRaw<string?>("SELECT \"Comment\" AS \"Value\" FROM \"CatalogApplicationHistory\" WHERE \"ApplicationId\" = {0}", submitted.Id)
            .SingleAsync());
        await host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"CatalogApplicationHistory\" SET \"Comment\" = 'approved by phone' WHERE \"ApplicationId\" = {0}", submitted.Id));

        var edited = await VerifyAsync();
        edited.Intact.ShouldBeFalse();
        var broken = Chain(edited, nameof(RobotPlan.CatalogApplications.CatalogApplicationHistoryEntry));
        broken.ShouldSatisfyAllConditions(b => b.Problem.ShouldBe("ContentChanged"), b => b.Stream.ShouldBe(submitted.Id.ToString()),
            b => b.Sequence.ShouldBe(1), b => b.RowId.ShouldBe(entryId.ToString()));
        Chain(edited, "AuditLog").Intact.ShouldBeTrue();

        // Putting the content back makes the chain whole again: the hash is of the content, nothing else.
        await host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"CatalogApplicationHistory\" SET \"Comment\" = {0} WHERE \"ApplicationId\" = {1}", original!, submitted.Id));
        (await VerifyAsync()).Intact.ShouldBeTrue();

        // 2. A listing's first status change deleted: the next row's sequence shows the gap.
        await host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"CatalogListingStatusChanges\" WHERE \"CatalogListingId\" = {0} AND \"ChainSequence\" = 1", listing.Id));
        var deleted = Chain(await VerifyAsync(), "CatalogListingStatusChange");
        deleted.ShouldSatisfyAllConditions(d => d.Problem.ShouldBe("RowMissing"), d => d.Stream.ShouldBe(listing.Id.ToString()),
            d => d.Sequence.ShouldBe(2));

        // 3. An audit log row rewritten together with a forged hash: the row no longer matches it.
        var second = await host.WithDbAsync(db => db.AuditLogs.OrderBy(a => EF.Property<long>(a, "ChainSequence")).Skip(1).FirstAsync());
        await host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditLogs\" SET \"Url\" = '/api/app/harmless', \"ChainHash\" = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff' WHERE \"Id\" = {0}",
            second.Id));
        var audit = Chain(await VerifyAsync(), "AuditLog");
        audit.Problem.ShouldBe("ContentChanged");
        audit.RowId.ShouldBe(second.Id.ToString());
    }
}
