using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Enterprises;

public sealed class Enterprise_Tests
{
    private static readonly string ChongqingUscc = Uscc.WithCheckCharacter("91500112MA5U1LY01");
    private static readonly ContactInfo Contact = new("张经理", "023-67880001", "a@example.cn");

    private static Enterprise NewEnterprise(string uscc = "", bool exempted = false) =>
        new(uscc == "" ? ChongqingUscc : uscc, " 重庆凌云智能装备有限公司 ", "渝北区", Guid.CreateVersion7(), Contact, exempted);

    [Fact]
    public void Should_Refuse_Enterprise_When_Registered_Outside_Chongqing()
    {
        var error = Should.Throw<BusinessException>(() => NewEnterprise("91350100M000100Y43"));
        error.Code.ShouldBe(RobotPlanErrorCodes.NotRegisteredInChongqing);
        error.Field.ShouldBe("uscc");
    }

    [Fact]
    public void Should_Accept_Enterprise_Outside_Chongqing_When_Exempted() =>
        NewEnterprise("91350100M000100Y43", exempted: true).IsCrossRegionException.ShouldBeTrue();

    [Fact]
    public void Should_Trim_Legal_Name() => NewEnterprise().LegalName.ShouldBe("重庆凌云智能装备有限公司");

    [Fact]
    public void Should_Refuse_Bank_Account_When_Name_Differs_From_Legal_Name()
    {
        var enterprise = NewEnterprise();
        var error = Should.Throw<BusinessException>(() => enterprise.SetBankAccount(new BankAccount("张三", "工商银行", "6222000011112222")));
        error.Code.ShouldBe(RobotPlanErrorCodes.BankAccountNameMismatch);
        enterprise.BankAccount.ShouldBeNull();
    }

    [Fact]
    public void Should_Drop_Bank_Account_When_Legal_Name_Changes()
    {
        var enterprise = NewEnterprise();
        enterprise.SetBankAccount(new BankAccount("重庆凌云智能装备有限公司", "工商银行", "6222000011112222"));
        enterprise.UpdateProfile("重庆凌云机器人有限公司", "渝北区", Contact);
        enterprise.BankAccount.ShouldBeNull();
    }
}
