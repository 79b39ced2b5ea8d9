namespace Homeward.Domain.ServiceMap;

/// <summary>The agreement under which a partner provides a service (see the domain primer, "Structural level").</summary>
public enum AgreementType
{
    None,
    MemorandumOfUnderstanding,
    LongTermAgreement,
}
