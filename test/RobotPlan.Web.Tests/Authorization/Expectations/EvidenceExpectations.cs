using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Issue 19 finding 3: downloading an applicant's file follows who may read the file it belongs to. The expert on the
/// file's panel is covered by the application tests (the matrix's expert is on no panel: 404 like any other party).
/// </summary>
internal sealed class EvidenceExpectations : IEndpointExpectations
{
    private const string CatalogReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=404 fin=403 test=403 admin=200 sec=403 aud=403";
    private const string ClaimReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "api/app/catalog-applications/{id:guid}/attachments/{fileId:guid}", async c =>
        {
            var file = await CatalogFiles.SubmittedAsync(c);
            var attachment = await c.Factory.WithDbAsync(async db => (await db.CatalogApplications.SingleAsync(a => a.Id == file.Id)).Attachments[0]);
            return $"/api/app/catalog-applications/{file.Id}/attachments/{attachment.FileId}?inline=true";
        }, Expect.Parse(CatalogReadA)),
        new("GET", "api/app/subsidy-claims/{id:guid}/evidence/{fileId:guid}", async c =>
        {
            var claim = await ClaimFiles.SubmittedAsync(c);
            var proof = await c.Factory.WithDbAsync(async db =>
            {
                var policyId = await db.Set<SubsidyClaim>().Where(x => x.Id == claim.Id).Select(x => x.PolicyId).SingleAsync();
                return await db.InsurancePolicies.Where(p => p.Id == policyId).Select(p => p.PremiumProofFileId).SingleAsync();
            });
            return $"/api/app/subsidy-claims/{claim.Id}/evidence/{proof}";
        }, Expect.Parse(ClaimReadA)),
    ];
}
