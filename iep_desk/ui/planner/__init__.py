"""The Meeting planner pane (issue 3): PlannerPane and its sections."""
