from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def activity_state(context, page):
    """The participant's ActivityProgress for `page`, or None (staff, guests)."""
    progress = getattr(context["request"], "learner_progress", None)
    return progress.activity(page.pk)[1] if progress else None


@register.simple_tag(takes_context=True)
def module_state(context, page):
    """The participant's ModuleProgress for `page`, or None."""
    progress = getattr(context["request"], "learner_progress", None)
    return progress.module(page.pk) if progress else None


@register.filter
def units(value):
    """Teaching units in German notation: 1.5 → „1,5“, 2.0 → „2“."""
    return f"{value.normalize():f}".replace(".", ",")
