using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.Users;

/// <summary>The system administrator creates users and resets passwords; the security administrator locks, resets second factors and changes roles with their binding on the Edit page (三员分立).</summary>
[Authorize(P.Users.Default)]
public sealed class IndexModel(IUserAppService users, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public bool CanManage => currentUser.HasPermission(P.Users.Manage);
    public bool CanManageSecurity => currentUser.HasPermission(P.Users.ManageSecurity);

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true), StringLength(64)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true), StringLength(32)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true), Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<UserDto> Result { get; private set; } = new(0, []);
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct) =>
        ActAsync(() => users.LockAsync(id, ct), "Admin:UserLocked", ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        ActAsync(() => users.UnlockAsync(id, ct), "Admin:UserUnlocked", ct);

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct) =>
        ActAsync(async () => { await users.ResetPasswordAsync(id, input, ct); return id; }, "Admin:PasswordReset", ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id, CancellationToken ct) =>
        ActAsync(() => users.ResetTwoFactorAsync(id, ct), "Admin:TwoFactorReset", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> act, string message, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await act();
                TempData["Message"] = L[message].Value;
                return RedirectToPage(new { Keyword, Role, PageNumber });
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L, new Dictionary<string, string>());
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Result = await users.GetListAsync(new GetUsersInput
        {
            Keyword = Keyword, Role = Role, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
}
