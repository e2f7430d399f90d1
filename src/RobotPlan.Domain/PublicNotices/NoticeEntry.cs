using RobotPlan.SeedWork;

namespace RobotPlan.PublicNotices;

/// <summary>One file published in a notice; names are looked up when shown, so a later rename is what the public sees.</summary>
public class NoticeEntry : Entity
{
    public Guid ApplicationId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid ProductId { get; private set; }
    /// <summary>An objection against it was upheld (the file was rejected).</summary>
    public bool IsWithdrawn { get; private set; }

    private NoticeEntry() { }

    internal NoticeEntry(Guid applicationId, Guid enterpriseId, Guid productId)
    {
        ApplicationId = applicationId;
        EnterpriseId = enterpriseId;
        ProductId = productId;
    }

    internal void Withdraw() => IsWithdrawn = true;
}
