namespace RobotPlan.Errors;

/// <summary>Business error codes (ABP style: "RobotPlan:Area.Rule"). Each has a zh-Hans and an en text.</summary>
public static partial class RobotPlanErrorCodes
{
    public const string EntityNotFound = "RobotPlan:EntityNotFound";
    public const string Forbidden = "RobotPlan:Forbidden";
    public const string ConcurrencyConflict = "RobotPlan:ConcurrencyConflict";
    public const string ValidationFailed = "RobotPlan:ValidationFailed";
    public const string InternalError = "RobotPlan:InternalError";

    public const string UsccInvalid = "RobotPlan:Enterprise.UsccInvalid";
    public const string DuplicateUscc = "RobotPlan:Enterprise.DuplicateUscc";
    public const string NotRegisteredInChongqing = "RobotPlan:Enterprise.NotRegisteredInChongqing";
    public const string BankAccountNameMismatch = "RobotPlan:Enterprise.BankAccountNameMismatch";
    public const string UserAlreadyBoundToEnterprise = "RobotPlan:Enterprise.UserAlreadyBound";
    public const string CrossRegionExemptionExists = "RobotPlan:Enterprise.CrossRegionExemptionExists";
    public const string UnknownJurisdiction = "RobotPlan:Enterprise.UnknownJurisdiction";

    public const string UnknownCategory = "RobotPlan:Product.UnknownCategory";
    public const string DuplicateProductModel = "RobotPlan:Product.DuplicateModel";
    public const string TooManySpecifications = "RobotPlan:Product.TooManySpecifications";

    public const string TestReportNotValid = "RobotPlan:TestReport.NotValid";
    public const string DuplicateTestReportNumber = "RobotPlan:TestReport.DuplicateNumber";
    public const string TestReportExpiryBeforeIssue = "RobotPlan:TestReport.ExpiryBeforeIssue";
    public const string ProductNotFoundForReport = "RobotPlan:TestReport.ProductNotFound";
    public const string TestReportReasonRequired = "RobotPlan:TestReport.ReasonRequired";

    public const string ProgramWindowInvalid = "RobotPlan:Subsidy.ProgramWindowInvalid";
    public const string BudgetBelowCommitted = "RobotPlan:Subsidy.BudgetBelowCommitted";
    public const string ProgramParameterOutOfRange = "RobotPlan:Subsidy.ParameterOutOfRange";
    public const string DuplicateProgram = "RobotPlan:Subsidy.DuplicateProgram";
    public const string BudgetExceeded = "RobotPlan:Subsidy.BudgetExceeded";

    public const string PolicyPeriodInvalid = "RobotPlan:Insurance.PeriodInvalid";
    public const string PolicyAmountInvalid = "RobotPlan:Insurance.AmountInvalid";
    public const string PolicyWithoutUnits = "RobotPlan:Insurance.NoUnits";
    public const string PolicyCoverageGap = "RobotPlan:Insurance.CoverageGap";
    public const string DuplicatePolicyNumber = "RobotPlan:Insurance.DuplicatePolicyNumber";
    public const string PolicyProductNotOwned = "RobotPlan:Insurance.ProductNotOwned";
    public const string ExpertProfileExists = "RobotPlan:Expert.ProfileExists";
    public const string NotAnExpert = "RobotPlan:Expert.NotAnExpert";
    public const string ExpertEmployerRequired = "RobotPlan:Expert.EmployerRequired";
    public const string ExpertFieldsRequired = "RobotPlan:Expert.FieldsRequired";
    public const string PanelExists = "RobotPlan:ExpertPanel.Exists";
    public const string NotEnoughExperts = "RobotPlan:ExpertPanel.NotEnoughExperts";
    public const string NotAPanelMember = "RobotPlan:ExpertPanel.NotAMember";
    public const string PanelMemberState = "RobotPlan:ExpertPanel.MemberState";
    public const string ExpertHasConflict = "RobotPlan:ExpertPanel.Conflict";
    public const string ScoresInvalid = "RobotPlan:ExpertPanel.ScoresInvalid";
    public const string PanelClosed = "RobotPlan:ExpertPanel.Closed";
    public const string NothingToDecide = "RobotPlan:PublicNotice.NothingToDecide";
    public const string OutsideNoticeWindow = "RobotPlan:PublicNotice.OutsideWindow";
    public const string NotInNotice = "RobotPlan:PublicNotice.FileNotInNotice";
    public const string ObjectionResolved = "RobotPlan:PublicNotice.ObjectionResolved";
    public const string ObjectionFieldRequired = "RobotPlan:PublicNotice.FieldRequired";

    public const string CalendarYearMissing = "RobotPlan:Calendar.YearMissing";
    public const string CalendarYearExists = "RobotPlan:Calendar.YearExists";
    public const string CalendarDayExists = "RobotPlan:Calendar.DayExists";

    public const string DuplicateCategoryCode = "RobotPlan:ReferenceData.DuplicateCategoryCode";
    public const string UnknownParentCategory = "RobotPlan:ReferenceData.UnknownParentCategory";

    public const string UnknownRole = "RobotPlan:User.UnknownRole";
    public const string UserBindingRequired = "RobotPlan:User.BindingRequired";
    public const string UserBindingNotAllowed = "RobotPlan:User.BindingNotAllowed";
    public const string UserBindingNotFound = "RobotPlan:User.BindingNotFound";
    public const string CannotLockSelf = "RobotPlan:User.CannotLockSelf";
    /// <summary>三员分立: no administrator changes its own roles or second factor.</summary>
    public const string CannotChangeOwnAccess = "RobotPlan:User.CannotChangeOwnAccess";
    /// <summary>三员分立: only the security administrator grants the administrators' roles.</summary>
    public const string AdministratorRoleReserved = "RobotPlan:User.AdministratorRoleReserved";

    public const string IllegalTransition = "RobotPlan:Catalog.IllegalTransition";
    public const string BatchClosed = "RobotPlan:Catalog.BatchClosed";
    public const string RevisionDeadlinePassed = "RobotPlan:Catalog.RevisionDeadlinePassed";
    public const string RubricInvalid = "RobotPlan:Catalog.RubricInvalid";
    public const string BatchWindowInvalid = "RobotPlan:Catalog.BatchWindowInvalid";
    public const string BatchParameterInvalid = "RobotPlan:Catalog.BatchParameterInvalid";
    public const string BatchNotEditable = "RobotPlan:Catalog.BatchNotEditable";
    public const string CatalogReasonRequired = "RobotPlan:Catalog.ReasonRequired";
    public const string NotEligible = "RobotPlan:Catalog.NotEligible";
    public const string DecisionBlocked = "RobotPlan:Catalog.DecisionBlocked";
    public const string ApplicationFormMismatch = "RobotPlan:Catalog.FormMismatch";
    public const string OpenApplicationExists = "RobotPlan:Catalog.OpenApplicationExists";
    public const string ProductNotOwned = "RobotPlan:Catalog.ProductNotOwned";

    public const string UploadEmpty = "RobotPlan:Upload.Empty";
    public const string UploadTooLarge = "RobotPlan:Upload.TooLarge";
    public const string UploadTypeNotAllowed = "RobotPlan:Upload.TypeNotAllowed";
    public const string UploadPdfRequired = "RobotPlan:Upload.PdfRequired";

    /// <summary>Every failed sign-in: unknown user, wrong password or code, locked or disabled account (no enumeration).</summary>
    public const string LoginFailed = "RobotPlan:Account.LoginFailed";
    /// <summary>429: too many requests (sign-in attempts per address or user name, public search per address).</summary>
    public const string TooManyRequests = "RobotPlan:TooManyRequests";
    public const string TwoFactorRequired = "RobotPlan:Account.TwoFactorRequired";
    public const string TwoFactorSetupRequired = "RobotPlan:Account.TwoFactorSetupRequired";
    public const string RegistrationFailed = "RobotPlan:Account.RegistrationFailed";
}
