"""Stand-in for giturl: divio-cli parses repository URLs with it only in the `app create` wizard."""


def parse(_url):
    raise RuntimeError("giturl stand-in: the tests never reach the app create wizard")
