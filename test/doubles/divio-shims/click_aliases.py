"""Stand-in for click-aliases: a click Group whose command() and group() take `aliases`."""
import click


class ClickAliasedGroup(click.Group):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._aliases = {}

    def _aliased(self, register, args, kwargs):
        aliases = kwargs.pop("aliases", [])
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return register(args[0])
        decorator = register(*args, **kwargs)

        def wrap(f):
            cmd = decorator(f)
            for alias in aliases:
                self._aliases[alias] = cmd.name
            return cmd

        return wrap

    def command(self, *args, **kwargs):
        return self._aliased(super().command, args, kwargs)

    def group(self, *args, **kwargs):
        return self._aliased(super().group, args, kwargs)

    def get_command(self, ctx, cmd_name):
        return super().get_command(ctx, self._aliases.get(cmd_name, cmd_name))
