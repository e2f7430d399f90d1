namespace RobotPlan.Web.Pages.Experts.Profiles;

/// <summary>What the shared profile form (_ProfileForm) needs from the create and edit pages.</summary>
public interface IProfileForm
{
    ExpertProfileInputDto Form { get; }
    ProfileOptions Options { get; }
}
