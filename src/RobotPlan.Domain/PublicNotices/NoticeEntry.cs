using RobotPlan.SeedWork;

namespace RobotPlan.PublicNotices;

/// <summary>One file published in a notice; names are looked up when shown, so a later rename is what the public sees.</summary>
public class NoticeEntry : Entity
{
    /// <summary>The file published: a catalog application or a subsidy claim, as the notice's <see cref="PublicNotice.Subject"/> says.</summary>
    public Guid SubjectId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid ProductId { get; private set; }
    /// <summary>An objection against it was upheld (the file was rejected).</summary>
    public bool IsWithdrawn { get; private set; }

    private NoticeEntry() { }

    internal NoticeEntry(Guid subjectId, Guid enterpriseId, Guid productId)
    {
        SubjectId = subjectId;
        EnterpriseId = enterpriseId;
        ProductId = productId;
    }

    internal void Withdraw() => IsWithdrawn = true;
}
