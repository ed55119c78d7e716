"""Fallkonferenzen: planning, agenda, the consent gate, minutes and documents."""

#: What a conference edit announces; taking steps over also changes the plan and tasks.
KINDS = ("case_conference",)
HELP_PLAN_KINDS = ("case_conference", "help_plan", "task")
