"""`programme_progress()`: the one place that says what is done and missing.

It reads everything in a fixed number of queries, however many modules,
activities, records or participants exist: the pages, the records of every
registered activity kind in one query, the singly booked modules (none when
every enrolment has the whole programme), and what each kind's `load` adds.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.models import Page

from modules.models import ModulePage

from ..models import ActivityRecord
from ..selectors import prefetch_booked_modules
from .kinds import activity_kinds
from .summaries import ModuleProgress, ProgrammeProgress

MODULE_DEFERRED = ("body", "summary", "learning_goals")


def _child_name(model):
    """The name of the one-to-one link from Page to the page model `model`."""
    return model._meta.model_name


def _scope(programme, module_path):
    """The pages of `programme` that progress reads: all of them, or with
    `module_path` that module's and, where modules open one after the
    other, those of the modules before it (tree order)."""
    condition = Q(path__startswith=programme.path, depth__gt=programme.depth)
    if module_path is None:
        return condition
    if programme.sequential_release:
        return condition & (Q(path__lt=module_path) | Q(path__startswith=module_path))
    return condition & Q(path__startswith=module_path)


def _activity_pages(programmes, kinds, module_path):
    """Live modules and activities of `programmes` in tree order, typed, in
    one query (only those of `_scope`). Bodies and questions are not
    loaded."""
    condition = Q()
    for programme in programmes:
        condition |= _scope(programme, module_path)
    children = {_child_name(ModulePage): MODULE_DEFERRED} | {
        _child_name(kind.page_model): kind.deferred_fields for kind in kinds
    }
    pages = (
        Page.objects.live()
        .filter(condition)
        .select_related(*children)
        .defer(
            *(
                f"{child}__{name}"
                for child, fields in children.items()
                for name in fields
            )
        )
        .order_by("path")
    )
    typed = []
    for page in pages:
        for child in children:
            specific = getattr(page, child, None)
            if specific is not None:
                typed.append(specific)
                break
    return typed


def _records(enrolment_ids, page_ids, kinds):
    """Per kind name: {(enrolment id, page id): [record value, ...]} of the
    pages `page_ids`, from one query over the ActivityRecord family."""
    records = {kind.name: defaultdict(list) for kind in kinds}
    reading = [kind for kind in kinds if kind.record_value]
    if not reading:
        return records
    rows = (
        ActivityRecord.objects.non_polymorphic()
        .filter(enrolment_id__in=enrolment_ids, page_id__in=page_ids)
        .values_list(
            "enrolment_id", "page_id", *(kind.record_value for kind in reading)
        )
    )
    for enrolment_id, page_id, *values in rows:
        # A record is of one kind: only that kind's column is filled.
        for kind, value in zip(reading, values, strict=True):
            if value is not None:
                records[kind.name][enrolment_id, page_id].append(value)
                break
    return records


def programme_progress(enrolments, *, module_path=None):
    """Progress of each enrolment, as {enrolment id: ProgrammeProgress}.

    With `module_path` (the tree path of one module of the enrolments'
    programme) only that module is computed, together with the modules
    before it where the programme opens them one after the other: enough
    for what the module's pages show and whether it is open, at a fraction
    of the cost. Its ProgrammeProgress then holds only those modules, so
    the programme-wide figures (percent, units, attendance, what is
    missing) must come from a call without `module_path`.
    """
    enrolments = list(enrolments)
    if not enrolments:
        return {}
    kinds = activity_kinds()
    kind_of = {kind.page_model: kind for kind in kinds}
    programmes = {e.cohort.programme_id: e.cohort.programme for e in enrolments}
    pages = _activity_pages(programmes.values(), kinds, module_path)
    records = _records([e.pk for e in enrolments], [p.pk for p in pages], kinds)
    loaded = {kind.name: kind.load(enrolments, records[kind.name]) for kind in kinds}
    prefetch_booked_modules(enrolments)

    result = {}
    for enrolment in enrolments:
        programme = programmes[enrolment.cohort.programme_id]
        progress = ProgrammeProgress(
            enrolment=enrolment,
            modules=[],
            upcoming_sessions=[],
            attendance_quota=programme.attendance_quota,
        )
        current = None
        for page in pages:
            if not page.path.startswith(programme.path):
                continue
            if isinstance(page, ModulePage):
                current = None
                if enrolment.books_module(page):
                    current = ModuleProgress(
                        page=page, attendance_quota=programme.attendance_quota
                    )
                    progress.modules.append(current)
                continue
            if current is None or not page.path.startswith(current.page.path):
                continue
            kind = kind_of.get(type(page))
            if kind is None:
                continue
            activity = kind.activity(page, progress, loaded[kind.name])
            if activity is not None:
                current.activities.append(activity)
        if programme.sequential_release:
            previous_complete = True
            for module in progress.modules:
                module.is_open = previous_complete
                previous_complete = previous_complete and module.complete
        result[enrolment.pk] = progress
    return result
