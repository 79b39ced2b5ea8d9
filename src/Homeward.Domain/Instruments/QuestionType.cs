namespace Homeward.Domain.Instruments;

/// <summary>The XLSForm row types an instrument may use. End rows (end_group, end_repeat) close a container and are not kept.</summary>
public enum QuestionType
{
    Text,
    Integer,
    Decimal,
    Date,
    SelectOne,
    SelectMultiple,
    Note,
    Calculate,
    /// <summary>begin_group: a container whose relevance applies to everything inside it.</summary>
    Group,
    /// <summary>begin_repeat: a container answered any number of times (the household members, say).</summary>
    Repeat,
}
