using Microsoft.AspNetCore.Identity;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Accounts;

public sealed class AccountAppService(
    UserManager<AppUser> userManager,
    EnterpriseManager enterpriseManager,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IAccountAppService
{
    public Task<RegisteredEnterpriseDto> RegisterEnterpriseAsync(RegisterEnterpriseDto input, CancellationToken ct) =>
        // UserManager saves on its own; the transaction keeps user, role and enterprise all-or-nothing.
        unitOfWork.InTransactionAsync(async () =>
        {
            var enterprise = await enterpriseManager.RegisterAsync(input.Uscc, input.LegalName, input.Address,
                input.JurisdictionId, input.Contact.ToValue(), ct);
            var user = new AppUser
            {
                UserName = input.UserName.Trim(),
                Email = input.Contact.Email,
                DisplayName = input.DisplayName.Trim(),
                EnterpriseId = enterprise.Id,
                CreationTime = clock.GetUtcNow().UtcDateTime,
            };
            Check(await userManager.CreateAsync(user, input.Password), "password");
            Check(await userManager.AddToRoleAsync(user, RobotPlanRoles.Enterprise), "userName");
            await unitOfWork.SaveChangesAsync(ct);
            return new RegisteredEnterpriseDto(user.Id, enterprise.Id, enterprise.Uscc);
        }, ct);

    private static void Check(IdentityResult result, string defaultField)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        // Identity's own codes (DuplicateUserName, PasswordTooShort ...) name the offending field.
        var field = error.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
            : error.Code.Contains("Email", StringComparison.Ordinal) ? "contact.email"
            : defaultField;
        throw new BusinessException("Identity:" + error.Code, field);
    }
}
