namespace VoiceHub.Analysis.Themes;

/// <summary>
/// What kind of question an answer replies to, read from the question's wording (<see cref="QuestionKinds.Of"/>). The
/// same answer means opposite things under different questions: "Nothing" answering "What could we do better?" is
/// praise; answering "What was good?" it is a complaint. The values are the labelled file's <c>question_type</c> codes'
/// order and the positions of the kind's feature in a model's inputs: never renumber them.
/// </summary>
public enum QuestionKind
{
    /// <summary>No question, or one that asks for neither the good nor the bad alone ("FFT Why?", "Anything else?").</summary>
    Nonspecific = 0,

    /// <summary>Asks what could be improved or went wrong ("How could we improve?", "What could we do better?").</summary>
    CouldImprove = 1,

    /// <summary>Asks what was good ("What was good?", "What has worked well with your care and support?").</summary>
    WhatGood = 2,
}
