"""Stand-in for inquirer: divio-cli prompts with it only in interactive wizards, never in the tests."""


class List:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


def prompt(*_args, **_kwargs):
    raise RuntimeError("inquirer stand-in: no interactive prompts in the tests")
