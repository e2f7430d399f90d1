namespace RobotPlan.Errors;

/// <summary>Business error codes (ABP style: "RobotPlan:Area.Rule"). Each has a zh-Hans and an en text.</summary>
public static partial class RobotPlanErrorCodes
{
    [OfKind(ErrorKind.NotFound)] public const string EntityNotFound = "RobotPlan:EntityNotFound";
    [OfKind(ErrorKind.Unauthenticated)] public const string Unauthenticated = "RobotPlan:Unauthenticated";
    [OfKind(ErrorKind.TooManyRequests)] public const string TooManyRequests = "RobotPlan:TooManyRequests";
    [OfKind(ErrorKind.Forbidden)] public const string Forbidden = "RobotPlan:Forbidden";
    [OfKind(ErrorKind.Conflict)] public const string ConcurrencyConflict = "RobotPlan:ConcurrencyConflict";
    /// <summary>A unique key the database guards was taken meanwhile (the rule's own check ran before the other save committed).</summary>
    [OfKind(ErrorKind.Conflict)] public const string DuplicateKey = "RobotPlan:DuplicateKey";
    [OfKind(ErrorKind.Invalid)] public const string ValidationFailed = "RobotPlan:ValidationFailed";
    /// <summary>A field's JSON cannot be read as its type (a GUID as "x", a date as "soon"); the parser's own text is not shown.</summary>
    [OfKind(ErrorKind.Invalid)] public const string ValueUnreadable = "RobotPlan:ValueUnreadable";
    [OfKind(ErrorKind.Internal)] public const string InternalError = "RobotPlan:InternalError";

    [OfKind(ErrorKind.Invalid)] public const string UsccInvalid = "RobotPlan:Enterprise.UsccInvalid";
    [OfKind(ErrorKind.Conflict)] public const string DuplicateUscc = "RobotPlan:Enterprise.DuplicateUscc";
    public const string NotRegisteredInChongqing = "RobotPlan:Enterprise.NotRegisteredInChongqing";
    public const string BankAccountNameMismatch = "RobotPlan:Enterprise.BankAccountNameMismatch";
    [OfKind(ErrorKind.Conflict)] public const string UserAlreadyBoundToEnterprise = "RobotPlan:Enterprise.UserAlreadyBound";
    [OfKind(ErrorKind.Conflict)] public const string CrossRegionExemptionExists = "RobotPlan:Enterprise.CrossRegionExemptionExists";
    [OfKind(ErrorKind.Invalid)] public const string UnknownJurisdiction = "RobotPlan:Enterprise.UnknownJurisdiction";

    [OfKind(ErrorKind.Invalid)] public const string UnknownCategory = "RobotPlan:Product.UnknownCategory";
    [OfKind(ErrorKind.Conflict)] public const string DuplicateProductModel = "RobotPlan:Product.DuplicateModel";
    [OfKind(ErrorKind.Invalid)] public const string TooManySpecifications = "RobotPlan:Product.TooManySpecifications";

    public const string TestReportNotValid = "RobotPlan:TestReport.NotValid";
    [OfKind(ErrorKind.Conflict)] public const string DuplicateTestReportNumber = "RobotPlan:TestReport.DuplicateNumber";
    [OfKind(ErrorKind.Conflict)] public const string DuplicateTestReportFile = "RobotPlan:TestReport.DuplicateFile";
    [OfKind(ErrorKind.Invalid)] public const string TestReportExpiryBeforeIssue = "RobotPlan:TestReport.ExpiryBeforeIssue";
    [OfKind(ErrorKind.Invalid)] public const string ProductNotFoundForReport = "RobotPlan:TestReport.ProductNotFound";
    [OfKind(ErrorKind.Invalid)] public const string TestReportReasonRequired = "RobotPlan:TestReport.ReasonRequired";

    [OfKind(ErrorKind.Invalid)] public const string ProgramWindowInvalid = "RobotPlan:Subsidy.ProgramWindowInvalid";
    public const string BudgetBelowCommitted = "RobotPlan:Subsidy.BudgetBelowCommitted";
    [OfKind(ErrorKind.Invalid)] public const string ProgramParameterOutOfRange = "RobotPlan:Subsidy.ParameterOutOfRange";
    [OfKind(ErrorKind.Conflict)] public const string DuplicateProgram = "RobotPlan:Subsidy.DuplicateProgram";
    public const string BudgetExceeded = "RobotPlan:Subsidy.BudgetExceeded";

    [OfKind(ErrorKind.Invalid)] public const string PolicyPeriodInvalid = "RobotPlan:Insurance.PeriodInvalid";
    [OfKind(ErrorKind.Invalid)] public const string PolicyAmountInvalid = "RobotPlan:Insurance.AmountInvalid";
    [OfKind(ErrorKind.Invalid)] public const string PolicyWithoutUnits = "RobotPlan:Insurance.NoUnits";
    public const string PolicyCoverageGap = "RobotPlan:Insurance.CoverageGap";
    [OfKind(ErrorKind.Conflict)] public const string DuplicatePolicyNumber = "RobotPlan:Insurance.DuplicatePolicyNumber";
    [OfKind(ErrorKind.Invalid)] public const string PolicyProductNotOwned = "RobotPlan:Insurance.ProductNotOwned";
    [OfKind(ErrorKind.Conflict)] public const string ExpertProfileExists = "RobotPlan:Expert.ProfileExists";
    [OfKind(ErrorKind.Invalid)] public const string NotAnExpert = "RobotPlan:Expert.NotAnExpert";
    [OfKind(ErrorKind.Invalid)] public const string ExpertEmployerRequired = "RobotPlan:Expert.EmployerRequired";
    [OfKind(ErrorKind.Invalid)] public const string ExpertFieldsRequired = "RobotPlan:Expert.FieldsRequired";
    [OfKind(ErrorKind.Conflict)] public const string PanelExists = "RobotPlan:ExpertPanel.Exists";
    public const string NotEnoughExperts = "RobotPlan:ExpertPanel.NotEnoughExperts";
    public const string NotAPanelMember = "RobotPlan:ExpertPanel.NotAMember";
    public const string PanelMemberState = "RobotPlan:ExpertPanel.MemberState";
    public const string ExpertHasConflict = "RobotPlan:ExpertPanel.Conflict";
    [OfKind(ErrorKind.Invalid)] public const string ScoresInvalid = "RobotPlan:ExpertPanel.ScoresInvalid";
    public const string PanelClosed = "RobotPlan:ExpertPanel.Closed";
    public const string NothingToDecide = "RobotPlan:PublicNotice.NothingToDecide";
    public const string OutsideNoticeWindow = "RobotPlan:PublicNotice.OutsideWindow";
    public const string NotInNotice = "RobotPlan:PublicNotice.FileNotInNotice";
    public const string ObjectionResolved = "RobotPlan:PublicNotice.ObjectionResolved";
    [OfKind(ErrorKind.Invalid)] public const string ObjectionFieldRequired = "RobotPlan:PublicNotice.FieldRequired";

    public const string CalendarYearMissing = "RobotPlan:Calendar.YearMissing";
    [OfKind(ErrorKind.Conflict)] public const string CalendarYearExists = "RobotPlan:Calendar.YearExists";
    [OfKind(ErrorKind.Conflict)] public const string CalendarDayExists = "RobotPlan:Calendar.DayExists";

    [OfKind(ErrorKind.Conflict)] public const string DuplicateCategoryCode = "RobotPlan:ReferenceData.DuplicateCategoryCode";
    [OfKind(ErrorKind.Invalid)] public const string UnknownParentCategory = "RobotPlan:ReferenceData.UnknownParentCategory";

    [OfKind(ErrorKind.Invalid)] public const string UnknownRole = "RobotPlan:User.UnknownRole";
    [OfKind(ErrorKind.Invalid)] public const string UserBindingRequired = "RobotPlan:User.BindingRequired";
    [OfKind(ErrorKind.Invalid)] public const string UserBindingNotAllowed = "RobotPlan:User.BindingNotAllowed";
    [OfKind(ErrorKind.Invalid)] public const string UserBindingNotFound = "RobotPlan:User.BindingNotFound";
    public const string CannotLockSelf = "RobotPlan:User.CannotLockSelf";
    /// <summary>三员分立: no administrator changes its own roles or second factor.</summary>
    public const string CannotChangeOwnAccess = "RobotPlan:User.CannotChangeOwnAccess";
    /// <summary>三员分立: only the security administrator grants the administrators' roles.</summary>
    public const string AdministratorRoleReserved = "RobotPlan:User.AdministratorRoleReserved";

    public const string IllegalTransition = "RobotPlan:Catalog.IllegalTransition";
    public const string BatchClosed = "RobotPlan:Catalog.BatchClosed";
    public const string RevisionDeadlinePassed = "RobotPlan:Catalog.RevisionDeadlinePassed";
    [OfKind(ErrorKind.Invalid)] public const string RubricInvalid = "RobotPlan:Catalog.RubricInvalid";
    [OfKind(ErrorKind.Invalid)] public const string BatchWindowInvalid = "RobotPlan:Catalog.BatchWindowInvalid";
    [OfKind(ErrorKind.Invalid)] public const string BatchParameterInvalid = "RobotPlan:Catalog.BatchParameterInvalid";
    public const string BatchNotEditable = "RobotPlan:Catalog.BatchNotEditable";
    [OfKind(ErrorKind.Invalid)] public const string CatalogReasonRequired = "RobotPlan:Catalog.ReasonRequired";
    public const string NotEligible = "RobotPlan:Catalog.NotEligible";
    public const string DecisionBlocked = "RobotPlan:Catalog.DecisionBlocked";
    [OfKind(ErrorKind.Invalid)] public const string ApplicationFormMismatch = "RobotPlan:Catalog.FormMismatch";
    [OfKind(ErrorKind.Conflict)] public const string OpenApplicationExists = "RobotPlan:Catalog.OpenApplicationExists";
    [OfKind(ErrorKind.Invalid)] public const string ProductNotOwned = "RobotPlan:Catalog.ProductNotOwned";

    [OfKind(ErrorKind.Invalid)] public const string UploadEmpty = "RobotPlan:Upload.Empty";
    [OfKind(ErrorKind.Invalid)] public const string UploadTooLarge = "RobotPlan:Upload.TooLarge";
    [OfKind(ErrorKind.Invalid)] public const string UploadTypeNotAllowed = "RobotPlan:Upload.TypeNotAllowed";
    [OfKind(ErrorKind.Invalid)] public const string UploadPdfRequired = "RobotPlan:Upload.PdfRequired";

    /// <summary>Every failed sign-in: unknown user, wrong password or code, locked or disabled account (no enumeration).</summary>
    [OfKind(ErrorKind.Unauthenticated)] public const string LoginFailed = "RobotPlan:Account.LoginFailed";
    /// <summary>The password was right; the second factor is still to come (token endpoint: with a challenge token).</summary>
    [OfKind(ErrorKind.Unauthenticated)] public const string TwoFactorRequired = "RobotPlan:Account.TwoFactorRequired";
    [OfKind(ErrorKind.Unauthenticated)] public const string TwoFactorSetupRequired = "RobotPlan:Account.TwoFactorSetupRequired";
    public const string RegistrationFailed = "RobotPlan:Account.RegistrationFailed";
}
