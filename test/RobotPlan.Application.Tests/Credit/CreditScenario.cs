using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Dtos;

namespace RobotPlan.Application.Tests.Credit;

/// <summary>Credit records through the reviewers' app service, and the state of what they affect.</summary>
internal sealed class CreditScenario(RobotPlanTestHost host)
{
    public Task<T> Records<T>(Func<ICreditRecordAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ICreditRecordAppService>()));

    public async Task<CreditRecordDto> BlacklistAsync(CreditSubjectKind kind, Guid subjectId, DateOnly? from = null, DateOnly? to = null,
        string document = "渝经信信用〔2025〕1号")
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await Records(s => s.CreateAsync(new CreateCreditRecordDto
        {
            SubjectKind = kind, SubjectId = subjectId, Kind = CreditRecordKind.SeriousDishonesty, Reason = "提供虚假材料",
            DocumentNumber = document, DocumentDate = host.Today, EffectiveFrom = from ?? host.Today, EffectiveTo = to,
        }));
    }

    public async Task<CreditRecordDto> EndAsync(CreditRecordDto record)
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await Records(s => s.EndAsync(record.Id, new EndCreditRecordDto
        {
            Reason = "信用修复", DocumentNumber = "渝经信信用〔2025〕9号", ConcurrencyStamp = record.ConcurrencyStamp,
        }));
    }

    public Task<CatalogListing> ListingAsync(Guid id) =>
        host.WithDbAsync(db => db.Set<CatalogListing>().Include(l => l.History).AsNoTracking().SingleAsync(l => l.Id == id));

    public Task<CatalogListing> PublishAsync(string model, CatalogKind catalog = CatalogKind.FirstUnit) =>
        ListingTestPublisher.PublishAsync(host.Services, model, catalog, host.Today);

    public Task<bool> StandingAsync(Func<ICreditStanding, Task<bool>> ask) =>
        host.WithScopeAsync(sp => ask(sp.GetRequiredService<ICreditStanding>()));

    public Task<int> RunJobAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<ApplyCreditRecordDatesJob>().RunAsync());

    public async Task<PagedResultDto<PublicCreditRecordDto>> PublicAsync(GetPublicCreditRecordsInput? input = null)
    {
        await host.LoginAsAsync(null);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IPublicCreditAppService>().GetListAsync(input ?? new()));
    }
}
