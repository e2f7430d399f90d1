using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Accounts;

public sealed class AccountAppService(
    EnterpriseManager enterpriseManager,
    EnterpriseUserFactory userFactory,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IAccountAppService
{
    public Task<RegisteredEnterpriseDto> RegisterEnterpriseAsync(RegisterEnterpriseDto input, CancellationToken ct)
    {
        // Issue #14: one account, one enterprise — a signed-in user does not register a second one.
        if (currentUser.IsAuthenticated) throw new BusinessException(RobotPlanErrorCodes.AlreadySignedIn);
        // UserManager saves on its own; the transaction keeps user, role and enterprise all-or-nothing.
        return unitOfWork.InTransactionAsync(async () =>
        {
            var enterprise = await enterpriseManager.RegisterAsync(input.Uscc, input.LegalName, input.Address,
                input.JurisdictionId, input.Contact.ToValue(), ct);
            var user = await userFactory.CreateAsync(input.UserName, input.Password, input.DisplayName, input.Contact.Email, enterprise.Id,
                "contact.email");
            await unitOfWork.SaveChangesAsync(ct);
            return new RegisteredEnterpriseDto(user.Id, enterprise.Id, enterprise.Uscc);
        }, ct);
    }
}
