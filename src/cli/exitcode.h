#pragma once

namespace vigie::cli {

// The exit codes of the command-line contract (DESIGN.md).
enum ExitCode : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    SignInRequired = 3,
    Partial = 4, // actions still queued
};

} // namespace vigie::cli
