"""The NLU pipeline's own components: the sentence model, its featurizer, the exercise router and
the safety screen. Everything here is trained on or trained with: a change means retraining."""
