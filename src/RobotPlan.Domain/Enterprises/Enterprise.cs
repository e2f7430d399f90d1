using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Enterprises;

/// <summary>企业（申报单位）: a legal person identified by its USCC (R-1…R-3).</summary>
public partial class Enterprise : AggregateRoot
{
    public string Uscc { get; private set; } = null!;
    public string LegalName { get; private set; } = null!;
    public string Address { get; private set; } = null!;
    public Guid JurisdictionId { get; private set; }
    public ContactInfo Contact { get; private set; } = null!;
    public BankAccount? BankAccount { get; private set; }
    /// <summary>R-2: an administrator allowed an enterprise registered outside Chongqing.</summary>
    public bool IsCrossRegionException { get; private set; }

    private Enterprise() { }

    internal Enterprise(string uscc, string legalName, string address, Guid jurisdictionId, ContactInfo contact, bool crossRegionException)
    {
        Uscc = uscc;
        LegalName = legalName.Trim();
        Address = address.Trim();
        JurisdictionId = jurisdictionId;
        Contact = contact;
        IsCrossRegionException = crossRegionException;
        if (!crossRegionException && !Enterprises.Uscc.IsChongqing(uscc))
            throw new BusinessException(RobotPlanErrorCodes.NotRegisteredInChongqing, "uscc");
    }

    public void UpdateProfile(string legalName, string address, ContactInfo contact)
    {
        LegalName = legalName.Trim();
        Address = address.Trim();
        Contact = contact;
        // A renamed enterprise must re-state its account: payouts go only to the legal name.
        if (BankAccount is not null && BankAccount.AccountName != LegalName) BankAccount = null;
    }

    /// <summary>Payouts go to an account held in the enterprise's own legal name.</summary>
    public void SetBankAccount(BankAccount account)
    {
        if (!string.Equals(account.AccountName.Trim(), LegalName, StringComparison.Ordinal))
            throw new BusinessException(RobotPlanErrorCodes.BankAccountNameMismatch, "bankAccount.accountName");
        BankAccount = account;
    }

    /// <summary>Reviewed by another jurisdiction after a move (R-3: always exactly one).</summary>
    internal void MoveToJurisdiction(Guid jurisdictionId) => JurisdictionId = jurisdictionId;
}
